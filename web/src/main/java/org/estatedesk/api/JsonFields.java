package org.estatedesk.api;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.estatedesk.shared.RuleViolationException;

/**
 * Fields of a JSON body read by hand where the exact text matters: amounts as JSON strings or numbers (their
 * decimals kept, never through floating point), periods as "2026-11"; a bad value is a 400 naming the field.
 */
public final class JsonFields {
    private JsonFields() {
    }

    public static JsonObject body(JsonObject body) {
        if (body == null) {
            throw new jakarta.ws.rs.BadRequestException("A JSON object body is required");
        }
        return body;
    }

    public static BigDecimal decimal(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        try {
            if (v instanceof JsonNumber n) {
                return n.bigDecimalValue();
            }
            if (v instanceof JsonString s) {
                return new BigDecimal(s.getString().trim());
            }
        } catch (NumberFormatException e) {
            // falls through to the 400
        }
        throw new RuleViolationException("error.param.invalid", field, v.toString());
    }

    public static Long id(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonNumber n && n.isIntegral()) {
            try {
                return n.bigDecimalValue().longValueExact();
            } catch (ArithmeticException e) {
                // beyond a long: falls through to the 400
            }
        }
        throw new RuleViolationException("error.param.invalid", field, v.toString());
    }

    /** An array of ids; absent or null is an empty list. */
    public static java.util.List<Long> ids(JsonObject o, String field) {
        java.util.List<Long> ids = new java.util.ArrayList<>();
        JsonValue list = o.get(field);
        if (list != null && list.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue v : list.asJsonArray()) {
                if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
                    throw new RuleViolationException("error.param.invalid", field, v.toString());
                }
                try {
                    ids.add(n.bigDecimalValue().longValueExact());
                } catch (ArithmeticException e) {
                    throw new RuleViolationException("error.param.invalid", field, v.toString());
                }
            }
        } else if (list != null && list.getValueType() != JsonValue.ValueType.NULL) {
            throw new RuleViolationException("error.param.invalid", field, list.toString());
        }
        return ids;
    }

    /** The version an edit was based on (optimistic locking), if given. */
    public static Integer version(JsonObject o) {
        Long v = id(o, "version");
        if (v != null && (v < 0 || v > Integer.MAX_VALUE)) {
            throw new RuleViolationException("error.param.invalid", "version", v);
        }
        return v == null ? null : v.intValue();
    }

    public static String text(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        throw new RuleViolationException("error.param.invalid", field, v.toString());
    }

    public static boolean flag(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v == JsonValue.NULL || v == JsonValue.FALSE) {
            return false;
        }
        if (v == JsonValue.TRUE) {
            return true;
        }
        throw new RuleViolationException("error.param.invalid", field, v.toString());
    }

    public static <E extends Enum<E>> E enumOf(Class<E> type, JsonObject o, String field) {
        return Params.enumOf(type, text(o, field), field);
    }

    /** A day as "2026-12-01"; a bad value is a 400 naming the field. */
    public static LocalDate date(JsonObject o, String field) {
        String value = text(o, field);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException("error.param.invalid", field, value);
        }
    }

    public static YearMonth period(JsonObject o, String field) {
        return period(text(o, field), field);
    }

    public static YearMonth period(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException("error.param.invalid", field, value);
        }
    }

    /**
     * A moment as "2026-12-05T18:00:00+08:00"; without an offset it is China's time, a day alone ("2026-12-05") its
     * end (23:59:59 in China). A bad value is a 400 naming the field.
     */
    public static java.time.OffsetDateTime dateTime(JsonObject o, String field) {
        return dateTime(text(o, field), field);
    }

    /** {@link #dateTime(JsonObject, String)} of a value already read. */
    public static java.time.OffsetDateTime dateTime(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        java.time.ZoneId china = org.estatedesk.shared.Zones.DEFAULT_ZONE;
        String v = value.trim();
        try {
            return java.time.OffsetDateTime.parse(v);
        } catch (DateTimeParseException e) {
            // try the shorter forms
        }
        try {
            return java.time.LocalDateTime.parse(v).atZone(china).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            // try a day
        }
        try {
            return LocalDate.parse(v).atTime(23, 59, 59).atZone(china).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw new RuleViolationException("error.param.invalid", field, value);
        }
    }
}
