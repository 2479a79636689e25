package org.estatedesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document a client generator reads (issue 19): valid by a standard validator, every JSON request body
 * with its schema, every operation with its problem+json error answers, no two records under one schema name. A
 * failure lists every offending operation.
 */
@org.junit.jupiter.api.Tag(Api.DATABASE_AGNOSTIC)
class OpenApiIT {
    private static final Set<PathItem.HttpMethod> WITH_BODY = Set.of(PathItem.HttpMethod.POST,
            PathItem.HttpMethod.PUT, PathItem.HttpMethod.PATCH);
    /** The name SmallRye gives the second schema of a simple name already taken: the name and a number. */
    private static final String COMPONENT = "#/components/schemas/";
    private static final Pattern RENAMED = Pattern.compile("(.*\\D)\\d+");

    @Test
    void theDocumentIsValidAndDescribesEveryBodyAndEveryRefusal() {
        Api.Reply reply = Api.get(null, "/openapi");
        assertEquals(200, reply.status(), reply.body());
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(reply.body(), null, options);
        OpenAPI api = result.getOpenAPI();
        assertNotNull(api, String.valueOf(result.getMessages()));

        assertTrue(api.getPaths() != null && !api.getPaths().isEmpty(), "an empty document: the application's"
                + " OpenAPI processing failed (see the server's FFDC)");
        List<String> problems = new ArrayList<>();
        if (result.getMessages() != null) {
            result.getMessages().forEach(m -> problems.add("invalid: " + m));
        }
        List<String> withoutSchema = new ArrayList<>();
        List<String> without4xx = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String name = method + " " + path;
            if (WITH_BODY.contains(method) && jsonWithoutSchema(operation, api)) {
                withoutSchema.add(name);
            }
            if (operation.getResponses() == null
                    || operation.getResponses().keySet().stream().noneMatch(s -> s.startsWith("4"))) {
                without4xx.add(name);
            }
        }));
        withoutSchema.forEach(o -> problems.add("JSON body without a schema: " + o));
        without4xx.forEach(o -> problems.add("no 4xx answer: " + o));
        Map<String, Schema> schemas = api.getComponents() == null || api.getComponents().getSchemas() == null
                ? Map.of() : api.getComponents().getSchemas();
        Set<String> renamed = new TreeSet<>();
        for (String schema : schemas.keySet()) {
            Matcher m = RENAMED.matcher(schema);
            if (m.matches() && schemas.containsKey(m.group(1))) {
                renamed.add(m.group(1) + " / " + schema);
            }
        }
        renamed.forEach(s -> problems.add("two records under one schema name: " + s));
        System.out.printf("OpenAPI: %d paths; %d JSON bodies without a schema; %d operations without a 4xx answer;"
                + " %d schema names taken twice%n", api.getPaths().size(), withoutSchema.size(), without4xx.size(),
                renamed.size());
        assertTrue(problems.isEmpty(), problems.size() + " problems in /openapi:\n" + String.join("\n", problems));
    }

    /**
     * A body sent as JSON whose schema says nothing: none at all, or a bare object (a {@code JsonObject} or a map
     * parameter, or a record whose schema lists no property). A body of another media type (a file, a stream)
     * declares its type and is fine.
     */
    private static boolean jsonWithoutSchema(Operation operation, OpenAPI api) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return false;
        }
        for (Map.Entry<String, MediaType> e : operation.getRequestBody().getContent().entrySet()) {
            if (!e.getKey().equals("application/json") && !e.getKey().endsWith("+json")) {
                continue;
            }
            Schema<?> schema = e.getValue().getSchema();
            if (schema != null && schema.get$ref() != null && schema.get$ref().startsWith(COMPONENT)
                    && api.getComponents() != null && api.getComponents().getSchemas() != null) {
                schema = api.getComponents().getSchemas().get(schema.get$ref().substring(COMPONENT.length()));
            }
            if (schema == null) {
                return true;
            }
            boolean described = schema.get$ref() != null || schema.getProperties() != null
                    || schema.getItems() != null || schema.getAllOf() != null || schema.getOneOf() != null
                    || schema.getAnyOf() != null || schema.getAdditionalProperties() instanceof Schema<?>;
            if (!described) {
                return true;
            }
        }
        return false;
    }
}
