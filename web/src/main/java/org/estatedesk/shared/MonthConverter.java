package org.estatedesk.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * The month pickers' converter (issue 20): {@code <p:datePicker view="month" pattern="yyyy-MM">} with
 * {@code <f:converter converterId="estatedesk.month"/>} on a bean's {@code String} month ({@code 2026-11}, as
 * {@link PageInputs#month} reads it). Typed text that is no month is refused at the field
 * ({@code error.month.invalid}); empty stays null.
 */
@FacesConverter("estatedesk.month")
public class MonthConverter implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            return YearMonth.parse(text.length() == 6 && text.charAt(4) == '-' ? text.substring(0, 5) + "0"
                    + text.substring(5) : text).toString();
        } catch (DateTimeParseException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    FacesMessages.text("error.month.invalid", text.length() > 20 ? text.substring(0, 20) + "…" : text), null));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }
}
