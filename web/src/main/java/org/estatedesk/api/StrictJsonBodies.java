package org.estatedesk.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Map;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.Text;

/**
 * Every JSON request body passes here before JAX-RS binds it: at most {@link #MAX_BYTES} (else 413), well formed with
 * nothing after the value, nested at most {@link #MAX_DEPTH} deep, no control characters in any text, an object
 * where the resource takes an object, and — for typed request records — every field of its declared JSON type: a
 * whole number for an id (8.9 is not estate 8), text for text, no null inside a list. A refusal is a 400 (or 413)
 * problem naming the field; the body itself is never logged or echoed.
 */
@Provider
public class StrictJsonBodies implements ReaderInterceptor {
    /** The largest JSON body any operation takes (uploads are not JSON and have their own limits). */
    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_DEPTH = 32;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (!json(type)) {
            return context.proceed();
        }
        String length = context.getHeaders().getFirst(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooLong(length)) {
            throw new PayloadTooLargeException(MAX_BYTES);
        }
        byte[] body = context.getInputStream().readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw new PayloadTooLargeException(MAX_BYTES);
        }
        Class<?> target = context.getType();
        boolean wantsObject = JsonObject.class.isAssignableFrom(target) || !(JsonValue.class.isAssignableFrom(target)
                || target == String.class || target == byte[].class || InputStream.class.isAssignableFrom(target)
                || java.io.Reader.class.isAssignableFrom(target));
        check(body, wantsObject);
        // a request record is bound field by field by RequestBodies, with the API's lenient forms (enum names in any
        // case, short dates): only other typed bodies are checked against their Java type here
        if (wantsObject && !JsonValue.class.isAssignableFrom(target) && !target.isRecord() && body.length > 0) {
            try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
                conforms(reader.readValue(), context.getGenericType(), "");
            }
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static boolean json(MediaType type) {
        return type != null && ("json".equalsIgnoreCase(type.getSubtype())
                || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json"));
    }

    private static boolean tooLong(String length) {
        try {
            return Long.parseLong(length.trim()) > MAX_BYTES;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** One streaming pass: well formed, one value and nothing after it, bounded depth, clean text. */
    static void check(byte[] body, boolean wantsObject) {
        if (body.length == 0) {
            return;
        }
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
            int depth = 0;
            boolean first = true;
            String key = null;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (first && wantsObject && event != JsonParser.Event.START_OBJECT) {
                    throw new RuleViolationException("error.body.notObject", null);
                }
                first = false;
                switch (event) {
                    case START_OBJECT, START_ARRAY -> {
                        if (++depth > MAX_DEPTH) {
                            throw new RuleViolationException("error.body.tooDeep", null, MAX_DEPTH);
                        }
                    }
                    case END_OBJECT, END_ARRAY -> depth--;
                    case KEY_NAME, VALUE_STRING -> {
                        String text = parser.getString();
                        if (!clean(text)) {
                            throw new RuleViolationException("error.text.control",
                                    event == JsonParser.Event.KEY_NAME ? null : key);
                        }
                        if (event == JsonParser.Event.KEY_NAME) {
                            key = text.length() <= 64 ? text : null;
                        }
                    }
                    default -> {
                    }
                }
            }
        } catch (jakarta.json.JsonException | java.util.NoSuchElementException e) {
            throw new RuleViolationException("error.body.malformed", null);
        }
    }

    /** No control characters but tab, line feed and carriage return ({@link Text#isClean}). */
    static boolean clean(String text) {
        return Text.isClean(text);
    }

    /** The JSON value has the shape the Java type binds: refused with the field's path where it has not. */
    static void conforms(JsonValue value, Type type, String path) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        Class<?> raw = raw(type);
        if (raw == null || raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
            return;
        }
        if (raw == Long.class || raw == long.class || raw == Integer.class || raw == int.class
                || raw == Short.class || raw == short.class || raw == Byte.class || raw == byte.class
                || raw == BigInteger.class) {
            if (!(value instanceof JsonNumber n) || !n.isIntegral() || !fits(n.bigDecimalValue(), raw)) {
                throw invalid(path, value);
            }
        } else if (raw == BigDecimal.class || raw == Double.class || raw == double.class || raw == Float.class
                || raw == float.class) {
            if (!(value instanceof JsonNumber) && !(value instanceof JsonString)) {
                throw invalid(path, value);
            }
        } else if (raw == Boolean.class || raw == boolean.class) {
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                throw invalid(path, value);
            }
        } else if (raw == String.class || raw == Character.class || raw == char.class
                || Temporal.class.isAssignableFrom(raw) || raw == java.time.YearMonth.class
                || raw == java.time.ZoneId.class) {
            if (!(value instanceof JsonString)) {
                throw invalid(path, value);
            }
        } else if (raw.isEnum()) {
            if (!(value instanceof JsonString s) || !constant(raw, s.getString())) {
                throw invalid(path, value);
            }
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            if (!(value instanceof JsonArray array)) {
                throw invalid(path, value);
            }
            Type element = raw.isArray() ? elementOfArray(type, raw) : argument(type, 0);
            for (int i = 0; i < array.size(); i++) {
                if (array.isNull(i)) {
                    throw invalid(path + "[" + i + "]", JsonValue.NULL);
                }
                conforms(array.get(i), element, path + "[" + i + "]");
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            if (!(value instanceof JsonObject object)) {
                throw invalid(path, value);
            }
            Type element = argument(type, 1);
            object.forEach((k, v) -> conforms(v, element, join(path, k)));
        } else if (raw.isRecord()) {
            if (!(value instanceof JsonObject object)) {
                throw invalid(path, value);
            }
            for (RecordComponent c : raw.getRecordComponents()) {
                String name = propertyName(c.getName(), c.getAccessor().getAnnotation(JsonbProperty.class),
                        field(raw, c.getName()));
                conforms(object.get(name), c.getGenericType(), join(path, name));
            }
        } else if (!raw.getName().startsWith("java.")) {
            if (!(value instanceof JsonObject object)) {
                throw invalid(path, value);
            }
            for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers())) {
                        continue;
                    }
                    String name = propertyName(f.getName(), null, f);
                    conforms(object.get(name), f.getGenericType(), join(path, name));
                }
            }
        }
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static String propertyName(String name, JsonbProperty onAccessor, Field field) {
        JsonbProperty p = onAccessor != null ? onAccessor : field == null ? null : field.getAnnotation(JsonbProperty.class);
        return p != null && !p.value().isEmpty() ? p.value() : name;
    }

    private static boolean constant(Class<?> type, String name) {
        for (Object c : type.getEnumConstants()) {
            if (((Enum<?>) c).name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean fits(BigDecimal v, Class<?> raw) {
        if (raw == BigInteger.class) {
            return v.precision() - v.scale() <= 40;
        }
        long min;
        long max;
        if (raw == Long.class || raw == long.class) {
            min = Long.MIN_VALUE;
            max = Long.MAX_VALUE;
        } else if (raw == Integer.class || raw == int.class) {
            min = Integer.MIN_VALUE;
            max = Integer.MAX_VALUE;
        } else if (raw == Short.class || raw == short.class) {
            min = Short.MIN_VALUE;
            max = Short.MAX_VALUE;
        } else {
            min = Byte.MIN_VALUE;
            max = Byte.MAX_VALUE;
        }
        return v.compareTo(BigDecimal.valueOf(min)) >= 0 && v.compareTo(BigDecimal.valueOf(max)) <= 0;
    }

    private static RuleViolationException invalid(String path, JsonValue value) {
        return new RuleViolationException("error.param.invalid", path.isEmpty() ? null : path,
                Problem.capped(value.toString()));
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        if (type instanceof GenericArrayType g) {
            Class<?> component = raw(g.getGenericComponentType());
            return component == null ? null : component.arrayType();
        }
        return null;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
                ? p.getActualTypeArguments()[index] : Object.class;
    }

    private static Type elementOfArray(Type type, Class<?> raw) {
        return type instanceof GenericArrayType g ? g.getGenericComponentType() : raw.getComponentType();
    }

    /** A body over the limit: 413, before more of it is read. */
    static final class PayloadTooLargeException extends jakarta.ws.rs.WebApplicationException {
        private static final long serialVersionUID = 1L;
        final int limit;

        PayloadTooLargeException(int limit) {
            super(413);
            this.limit = limit;
        }
    }
}
