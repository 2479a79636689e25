package org.estatedesk.api;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The properties of the records the API reads and answers. The OpenAPI scanner of the server sees a record's
 * components only where they carry an annotation, so most record schemas came out as bare objects; this completes
 * every schema named after a record of the application (its simple name or its {@code @Schema(name)}) from the
 * record's components: their JSON names, types, enum values and which are required ({@code @NotNull},
 * {@code @NotBlank}, {@code @NotEmpty}). What the scanner did document (a description, an example) is kept.
 */
final class RecordSchemas {
    private static final String REF = "#/components/schemas/";

    private final Map<String, Class<?>> records;

    private RecordSchemas(Map<String, Class<?>> records) {
        this.records = records;
    }

    /** The records of the application's classes (the directory or archive {@code anchor} was loaded from). */
    static RecordSchemas of(Class<?> anchor) {
        Map<String, Class<?>> records = new HashMap<>();
        for (String name : classNames(anchor)) {
            try {
                Class<?> c = Class.forName(name, false, anchor.getClassLoader());
                if (c.isRecord()) {
                    records.putIfAbsent(schemaName(c), c);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // a class of the web module that needs what the OpenAPI build does not load: not a record body
            }
        }
        return new RecordSchemas(records);
    }

    static String schemaName(Class<?> c) {
        org.eclipse.microprofile.openapi.annotations.media.Schema s =
                c.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        return s != null && !s.name().isEmpty() ? s.name() : c.getSimpleName();
    }

    /** Completes every schema of {@code schemas} named after a record. */
    void complete(Map<String, Schema> schemas) {
        schemas.forEach((name, schema) -> {
            if (schema.getRef() != null) {
                return;
            }
            Class<?> record = records.get(name);
            if (record != null && record.getTypeParameters().length == 0) {
                complete(schema, record, schemas, null);
                return;
            }
            // a generic record of one element type, named by the scanner after both simple names: PageDtoOwnerDto
            for (Class<?> generic : records.values()) {
                if (generic.getTypeParameters().length == 1 && name.startsWith(generic.getSimpleName())) {
                    Schema element = element(name.substring(generic.getSimpleName().length()), schemas);
                    if (element != null) {
                        complete(schema, generic, schemas, element);
                        return;
                    }
                }
            }
        });
    }

    /** The schema of the element named {@code simpleName}: a reference to its component, else the record inline. */
    private Schema element(String simpleName, Map<String, Schema> schemas) {
        if (schemas.containsKey(simpleName)) {
            return OASFactory.createSchema().ref(REF + simpleName);
        }
        for (Class<?> record : records.values()) {
            if (record.getSimpleName().equals(simpleName) && record.getTypeParameters().length == 0) {
                if (schemas.containsKey(schemaName(record))) {
                    return OASFactory.createSchema().ref(REF + schemaName(record));
                }
                Schema inline = simple(Schema.SchemaType.OBJECT, null);
                complete(inline, record, schemas, null);
                return inline;
            }
        }
        return null;
    }

    private void complete(Schema schema, Class<?> record, Map<String, Schema> schemas, Schema element) {
        schema.setType(Schema.SchemaType.OBJECT);
        Map<String, Schema> documented = schema.getProperties() == null ? Map.of() : Map.copyOf(schema.getProperties());
        Map<String, Schema> properties = new java.util.LinkedHashMap<>();
        List<String> required = new java.util.ArrayList<>();
        for (RecordComponent c : record.getRecordComponents()) {
            String name = jsonName(c);
            Schema property = documented.get(name);
            Schema typed = schemaOf(c.getGenericType(), schemas, element);
            if (property == null) {
                property = typed;
            } else if (property.getType() == null && property.getRef() == null) {
                property.setType(typed.getType());
                property.setFormat(typed.getFormat());
                property.setRef(typed.getRef());
                property.setItems(typed.getItems());
                property.setEnumeration(typed.getEnumeration());
                property.setAdditionalPropertiesSchema(typed.getAdditionalPropertiesSchema());
            }
            properties.put(name, property);
            if (isRequired(c)) {
                required.add(name);
            }
        }
        schema.setProperties(properties);
        if (!required.isEmpty()) {
            schema.setRequired(required);
        }
    }

    private static boolean isRequired(RecordComponent c) {
        return c.isAnnotationPresent(NotNull.class) || c.isAnnotationPresent(NotBlank.class)
                || c.isAnnotationPresent(NotEmpty.class) || c.getAccessor().isAnnotationPresent(NotNull.class)
                || c.getAccessor().isAnnotationPresent(NotBlank.class)
                || c.getAccessor().isAnnotationPresent(NotEmpty.class);
    }

    private static String jsonName(RecordComponent c) {
        JsonbProperty p = c.getAccessor().getAnnotation(JsonbProperty.class);
        return p != null && !p.value().isEmpty() ? p.value() : c.getName();
    }

    private Schema schemaOf(Type type, Map<String, Schema> schemas, Schema element) {
        if (type instanceof java.lang.reflect.TypeVariable<?>) {
            return element != null ? element : simple(Schema.SchemaType.OBJECT, null);
        }
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType()
                : type instanceof Class<?> c ? c : Object.class;
        if (raw == String.class || raw == char.class || raw == Character.class) {
            return simple(Schema.SchemaType.STRING, null);
        }
        if (raw == long.class || raw == Long.class || raw == BigInteger.class) {
            return simple(Schema.SchemaType.INTEGER, "int64");
        }
        if (raw == int.class || raw == Integer.class || raw == short.class || raw == Short.class
                || raw == byte.class || raw == Byte.class) {
            return simple(Schema.SchemaType.INTEGER, "int32");
        }
        if (raw == BigDecimal.class || raw == double.class || raw == Double.class || raw == float.class
                || raw == Float.class) {
            return simple(Schema.SchemaType.NUMBER, null);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return simple(Schema.SchemaType.BOOLEAN, null);
        }
        if (raw == LocalDate.class) {
            return simple(Schema.SchemaType.STRING, "date");
        }
        if (raw == OffsetDateTime.class || raw == ZonedDateTime.class || raw == LocalDateTime.class
                || raw == java.time.Instant.class) {
            return simple(Schema.SchemaType.STRING, "date-time");
        }
        if (raw == LocalTime.class) {
            return simple(Schema.SchemaType.STRING, "time").example("08:30");
        }
        if (raw == YearMonth.class) {
            return simple(Schema.SchemaType.STRING, null).pattern("^\\d{4}-\\d{2}$").example("2026-11");
        }
        if (raw.isEnum()) {
            return simple(Schema.SchemaType.STRING, null).enumeration(Arrays.stream(raw.getEnumConstants())
                    .map(e -> (Object) ((Enum<?>) e).name()).toList());
        }
        if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            Type item = raw.isArray() ? raw.getComponentType()
                    : type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            if (raw == byte[].class) {
                return simple(Schema.SchemaType.STRING, "byte");
            }
            return simple(Schema.SchemaType.ARRAY, null).items(schemaOf(item, schemas, element));
        }
        if (Map.class.isAssignableFrom(raw)) {
            Type value = type instanceof ParameterizedType p ? p.getActualTypeArguments()[1] : Object.class;
            return simple(Schema.SchemaType.OBJECT, null).additionalPropertiesSchema(schemaOf(value, schemas, element));
        }
        if (raw.isRecord()) {
            String name = schemaName(raw);
            if (schemas.containsKey(name) && records.get(name) == raw) {
                return OASFactory.createSchema().ref(REF + name);
            }
            Schema inline = simple(Schema.SchemaType.OBJECT, null);
            complete(inline, raw, schemas, null);
            return inline;
        }
        return simple(Schema.SchemaType.OBJECT, null);
    }

    private static Schema simple(Schema.SchemaType type, String format) {
        Schema s = OASFactory.createSchema().type(type);
        return format == null ? s : s.format(format);
    }

    /** The binary names of the classes in the directory or archive {@code anchor} was loaded from. */
    private static List<String> classNames(Class<?> anchor) {
        URL url = anchor.getResource(anchor.getSimpleName() + ".class");
        if (url == null) {
            return List.of();
        }
        String resource = anchor.getName().replace('.', '/') + ".class";
        String text = url.toString();
        try {
            if (text.startsWith("file:")) {
                Path root = Paths.get(new URI(text.substring(0, text.length() - resource.length())));
                try (Stream<Path> files = Files.walk(root)) {
                    return files.map(root::relativize).map(Path::toString).filter(n -> n.endsWith(".class"))
                            .map(n -> n.substring(0, n.length() - 6).replace(java.io.File.separatorChar, '.'))
                            .filter(n -> n.startsWith("org.estatedesk.")).toList();
                }
            }
            int bang = text.indexOf("!/");
            if (bang > 0 && text.indexOf("!/", bang + 2) < 0) {
                String archive = text.substring(text.indexOf(':') + 1, bang);
                String prefix = text.substring(bang + 2, text.length() - resource.length()); // WEB-INF/classes/
                try (java.util.jar.JarFile jar = new java.util.jar.JarFile(Paths.get(new URI(archive)).toFile())) {
                    return jar.stream().map(java.util.jar.JarEntry::getName)
                            .filter(n -> n.endsWith(".class") && n.startsWith(prefix + "org/estatedesk/"))
                            .map(n -> n.substring(prefix.length(), n.length() - 6).replace('/', '.')).toList();
                }
            }
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.of();
    }
}
