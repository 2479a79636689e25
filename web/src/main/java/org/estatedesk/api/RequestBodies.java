package org.estatedesk.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.estatedesk.shared.InvalidInputException;
import org.estatedesk.shared.RuleViolationException;

/**
 * Request bodies as typed records (issue 19): every JSON body an operation takes is a Java record declared beside
 * its resource, so that the OpenAPI document gives it a schema and the resource reads fields, not a JSON tree. The
 * record is bound here with the rules the API has always had ({@link JsonFields}: ids that fit a long, enum names in
 * any case, a day or a moment in the short forms, blank dates as absent — a bad value is a 400 naming the field),
 * after {@link StrictJsonBodies} has checked the body's size, shape and text. A parameter marked {@link Valid} is
 * then checked against the record's Bean Validation constraints: one refused field is a 400 with that field and the
 * constraint's code ({@code error.required} for a missing value, else the message key in braces or
 * {@code error.param.invalid}); several are one 400 listing them all. Nothing reaches the resource unchecked.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class RequestBodies implements MessageBodyReader<Record> {
    @Inject
    Validator validator;

    private Validator validator() {
        if (validator == null) { // a provider the runtime built without CDI
            validator = jakarta.validation.Validation.buildDefaultValidatorFactory().getValidator();
        }
        return validator;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord();
    }

    @Override
    public Record readFrom(Class<Record> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders, InputStream entityStream) {
        JsonValue value;
        try {
            byte[] bytes = entityStream.readNBytes(StrictJsonBodies.MAX_BYTES + 1);
            if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
                value = JsonValue.EMPTY_JSON_OBJECT; // no body: every field absent, as the record's checks decide
            } else {
                try (JsonReader reader = Json.createReader(new java.io.ByteArrayInputStream(bytes))) {
                    value = reader.readValue();
                }
            }
        } catch (jakarta.json.JsonException | java.io.IOException e) {
            throw new RuleViolationException("error.body.malformed", null);
        }
        if (!(value instanceof JsonObject object)) {
            throw new BadRequestException("A JSON object body is required");
        }
        Record body = bind(withIfMatch(object, type, httpHeaders.getFirst("If-Match")), type, "");
        if (Arrays.stream(annotations).anyMatch(a -> a.annotationType() == Valid.class)) {
            check(body);
        }
        return body;
    }

    /**
     * The version a client read may come as {@code If-Match: "3"} (the ETag of the record it read, see
     * {@link VersionTags}) instead of the body's {@code version}: the header fills an absent body field; a header and
     * a body field that disagree are refused.
     */
    static JsonObject withIfMatch(JsonObject object, Class<?> type, String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || Arrays.stream(type.getRecordComponents())
                .noneMatch(c -> c.getName().equals("version"))) {
            return object;
        }
        Integer tagged = VersionTags.version(ifMatch);
        if (tagged == null) {
            throw new RuleViolationException("error.param.invalid", "If-Match", Problem.capped(ifMatch));
        }
        JsonValue inBody = object.get("version");
        if (inBody == null || inBody.getValueType() == JsonValue.ValueType.NULL) {
            return Json.createObjectBuilder(object).add("version", tagged).build();
        }
        if (!(inBody instanceof JsonNumber n) || !n.isIntegral() || n.longValue() != tagged) {
            throw new RuleViolationException("error.version.ifMatch", "version", tagged);
        }
        return object;
    }

    /** The record's constraints: nothing, one field error, or all of them. */
    void check(Record body) {
        Set<ConstraintViolation<Record>> violations = validator().validate(body);
        if (violations.isEmpty()) {
            return;
        }
        List<ConstraintViolation<Record>> sorted = violations.stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString())).toList();
        if (sorted.size() == 1) {
            ConstraintViolation<Record> v = sorted.get(0);
            throw new RuleViolationException(code(v), v.getPropertyPath().toString());
        }
        throw new InvalidInputException(sorted.stream().map(v -> new InvalidInputException.FieldError(
                v.getPropertyPath().toString(), "{" + code(v) + "}")).toList());
    }

    /** A missing value is {@code error.required}; a template "{error.…}" names its key; anything else is invalid. */
    static String code(ConstraintViolation<?> v) {
        String template = v.getMessageTemplate();
        if (template != null && template.startsWith("{error.") && template.endsWith("}")) {
            return template.substring(1, template.length() - 1);
        }
        Class<? extends Annotation> constraint = v.getConstraintDescriptor().getAnnotation().annotationType();
        if (constraint == NotNull.class || constraint == NotBlank.class || constraint == NotEmpty.class) {
            return "error.required";
        }
        return "error.param.invalid";
    }

    /** Binds an object to a record, component by component; unknown fields are ignored as before. */
    static <R extends Record> R bind(JsonObject object, Class<R> type, String path) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            String name = name(c);
            types[i] = c.getType();
            values[i] = value(object.get(name), c.getGenericType(), join(path, name));
        }
        try {
            Constructor<R> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r; // a compact constructor's own refusal (a BusinessException) goes out as it is
            }
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    private static String name(RecordComponent c) {
        jakarta.json.bind.annotation.JsonbProperty p = c.getAccessor()
                .getAnnotation(jakarta.json.bind.annotation.JsonbProperty.class);
        return p != null && !p.value().isEmpty() ? p.value() : c.getName();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object value(JsonValue v, Type type, String path) {
        Class<?> raw = raw(type);
        boolean absent = v == null || v.getValueType() == JsonValue.ValueType.NULL;
        if (raw.isPrimitive()) {
            if (absent) {
                return java.lang.reflect.Array.get(java.lang.reflect.Array.newInstance(raw, 1), 0);
            }
            return value(v, box(raw), path);
        }
        if (absent) {
            return null;
        }
        if (JsonValue.class.isAssignableFrom(raw)) {
            return v;
        }
        if (raw == String.class) {
            return text(v, path);
        }
        if (raw == Long.class || raw == Integer.class || raw == Short.class || raw == Byte.class) {
            if (!(v instanceof JsonNumber n) || !n.isIntegral()) {
                throw invalid(path, v);
            }
            try {
                long l = n.bigIntegerValueExact().longValueExact();
                if (raw == Long.class) {
                    return l;
                }
                if (raw == Integer.class && l == (int) l) {
                    return (int) l;
                }
                if (raw == Short.class && l == (short) l) {
                    return (short) l;
                }
                if (raw == Byte.class && l == (byte) l) {
                    return (byte) l;
                }
            } catch (ArithmeticException e) {
                // beyond a long
            }
            throw invalid(path, v);
        }
        if (raw == BigDecimal.class || raw == Double.class || raw == Float.class) {
            BigDecimal d;
            try {
                d = v instanceof JsonNumber n ? n.bigDecimalValue()
                        : v instanceof JsonString s && !s.getString().isBlank() ? new BigDecimal(s.getString().trim())
                        : null;
            } catch (NumberFormatException e) {
                throw invalid(path, v);
            }
            if (d == null) {
                if (v instanceof JsonString) {
                    return null;
                }
                throw invalid(path, v);
            }
            return raw == BigDecimal.class ? d : raw == Double.class ? (Object) d.doubleValue() : d.floatValue();
        }
        if (raw == Boolean.class) {
            if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
                return v == JsonValue.TRUE;
            }
            throw invalid(path, v);
        }
        if (raw.isEnum()) {
            return Params.enumOf((Class) raw, text(v, path), path);
        }
        if (raw == LocalDate.class) {
            String s = text(v, path);
            try {
                return s.isBlank() ? null : LocalDate.parse(s.trim());
            } catch (DateTimeParseException e) {
                throw invalid(path, v);
            }
        }
        if (raw == LocalTime.class) {
            String s = text(v, path);
            try {
                return s.isBlank() ? null : LocalTime.parse(s.trim());
            } catch (DateTimeParseException e) {
                throw invalid(path, v);
            }
        }
        if (raw == YearMonth.class) {
            return JsonFields.period(text(v, path), path);
        }
        if (raw == OffsetDateTime.class) {
            return JsonFields.dateTime(text(v, path), path);
        }
        if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
            if (!(v instanceof JsonArray array)) {
                throw invalid(path, v);
            }
            Type element = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            List<Object> items = new ArrayList<>(array.size());
            for (int i = 0; i < array.size(); i++) {
                if (array.isNull(i)) {
                    throw invalid(path + "[" + i + "]", JsonValue.NULL);
                }
                items.add(value(array.get(i), element, path + "[" + i + "]"));
            }
            return Set.class.isAssignableFrom(raw) ? new LinkedHashSet<>(items) : List.copyOf(items);
        }
        if (Map.class.isAssignableFrom(raw)) {
            if (!(v instanceof JsonObject object)) {
                throw invalid(path, v);
            }
            Type element = type instanceof ParameterizedType p ? p.getActualTypeArguments()[1] : Object.class;
            Map<String, Object> map = new LinkedHashMap<>();
            object.forEach((k, item) -> map.put(k, value(item, element, join(path, k))));
            return map;
        }
        if (raw.isRecord()) {
            if (!(v instanceof JsonObject object)) {
                throw invalid(path, v);
            }
            return bind(object, (Class<? extends Record>) raw, path);
        }
        // any other type (a class of the domain, an array, another java.time type) binds as JSON-B binds it
        try {
            return Fallback.JSONB.fromJson(v.toString(), type);
        } catch (jakarta.json.bind.JsonbException e) {
            throw invalid(path, v);
        }
    }

    /** Built on first use only: most records never need it. */
    private static final class Fallback {
        static final jakarta.json.bind.Jsonb JSONB = jakarta.json.bind.JsonbBuilder.create();
    }

    private static String text(JsonValue v, String path) {
        if (v instanceof JsonString s) {
            return s.getString();
        }
        throw invalid(path, v);
    }

    private static RuleViolationException invalid(String path, JsonValue value) {
        return new RuleViolationException("error.param.invalid", path, Problem.capped(value.toString()));
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private static Class<?> box(Class<?> primitive) {
        return primitive == long.class ? Long.class : primitive == int.class ? Integer.class
                : primitive == boolean.class ? Boolean.class : primitive == double.class ? Double.class
                : primitive == short.class ? Short.class : primitive == byte.class ? Byte.class
                : primitive == float.class ? Float.class : Character.class;
    }
}
