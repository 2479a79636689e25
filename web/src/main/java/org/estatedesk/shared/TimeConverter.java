package org.estatedesk.shared;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;

/**
 * The pages' date and time converters (issue 20), for output components: {@code <f:converter
 * converterId="estatedesk.minute"/>} writes an {@code OffsetDateTime}, {@code Instant}, {@code LocalDateTime} or
 * {@code LocalDate} as {@link Times} does, in the caller's company's zone; null as nothing. One subclass per
 * {@link TimeFormat}. They only write: a time a person enters goes through a date picker bound to a
 * {@code LocalDateTime} that the bean places in the company's zone.
 */
public abstract class TimeConverter implements Converter<Object> {
    @Inject
    Times times;

    abstract TimeFormat format();

    @Override
    public String getAsString(FacesContext context, UIComponent component, Object value) {
        return times.format(format(), value);
    }

    @Override
    public Object getAsObject(FacesContext context, UIComponent component, String value) {
        throw new ConverterException("estatedesk time converters format output only");
    }

    /** {@code 2026-12-07}. */
    @Dependent
    @FacesConverter(value = "estatedesk.day", managed = true)
    public static class Day extends TimeConverter {
        @Override
        TimeFormat format() {
            return TimeFormat.DAY;
        }
    }

    /** {@code 2026-12-07 19:08}. */
    @Dependent
    @FacesConverter(value = "estatedesk.minute", managed = true)
    public static class Minute extends TimeConverter {
        @Override
        TimeFormat format() {
            return TimeFormat.MINUTE;
        }
    }

    /** {@code 2026-12-07 19:08:05}. */
    @Dependent
    @FacesConverter(value = "estatedesk.second", managed = true)
    public static class Second extends TimeConverter {
        @Override
        TimeFormat format() {
            return TimeFormat.SECOND;
        }
    }

    /** {@code 12-07 19:08}. */
    @Dependent
    @FacesConverter(value = "estatedesk.short", managed = true)
    public static class ShortMinute extends TimeConverter {
        @Override
        TimeFormat format() {
            return TimeFormat.SHORT;
        }
    }
}
