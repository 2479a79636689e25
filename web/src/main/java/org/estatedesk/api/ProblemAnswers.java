package org.estatedesk.api;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Gives every operation of the OpenAPI document its application/problem+json error answers (issue 19), so that a
 * generated client knows what a refusal looks like: 400, 401 and 403 everywhere, 404 where the path names a record,
 * 409 where the operation changes something. An answer an operation declares itself is left as it is. Registered by
 * {@code mp.openapi.filter} in the application's microprofile-config.properties. It also completes the schemas of
 * the records the API reads and answers ({@link RecordSchemas}).
 */
public class ProblemAnswers implements OASFilter {
    static final String SCHEMA = "Problem";
    private static final String REF = "#/components/schemas/" + SCHEMA;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        if (components.getSchemas() == null || !components.getSchemas().containsKey(SCHEMA)) {
            components.addSchema(SCHEMA, problemSchema());
        }
        if (components.getSchemas() != null) {
            try {
                RecordSchemas.of(ProblemAnswers.class).complete(components.getSchemas());
            } catch (RuntimeException | LinkageError e) {
                // the document stays as the scanner made it rather than failing as a whole
                java.util.logging.Logger.getLogger(ProblemAnswers.class.getName()).log(java.util.logging.Level.WARNING,
                        "record schemas left as scanned", e);
            }
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            boolean names = path.contains("{");
            for (Map.Entry<PathItem.HttpMethod, Operation> e : item.getOperations().entrySet()) {
                boolean changes = e.getKey() == PathItem.HttpMethod.POST || e.getKey() == PathItem.HttpMethod.PUT
                        || e.getKey() == PathItem.HttpMethod.PATCH || e.getKey() == PathItem.HttpMethod.DELETE;
                Operation operation = e.getValue();
                if (operation.getResponses() == null) {
                    operation.setResponses(OASFactory.createAPIResponses());
                }
                APIResponses responses = operation.getResponses();
                answer(responses, "400", "The request is invalid (a field, a parameter or a business rule)");
                answer(responses, "401", "Not authenticated");
                answer(responses, "403", "The caller's role or data scope does not allow this");
                if (names) {
                    answer(responses, "404", "No such record (or not visible to the caller)");
                }
                if (changes) {
                    answer(responses, "409", "The record changed meanwhile or is not in a state that allows this");
                }
            }
        });
    }

    private static void answer(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF)))));
    }

    private static Schema problemSchema() {
        Schema error = OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("One refused field (or row) of the request")
                .addProperty("field", text("The field's path in the request"))
                .addProperty("code", text("The message key of the refusal"))
                .addProperty("message", text("The refusal in English"))
                .addProperty("row", OASFactory.createSchema().type(Schema.SchemaType.INTEGER)
                        .description("The row of an imported file"))
                .addProperty("key", text("The row's key in an imported file"));
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem: the answer of every refused request")
                .addProperty("type", text("A URI reference naming the kind of problem (about:blank)"))
                .addProperty("title", text("The HTTP status's reason"))
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32")
                        .description("The HTTP status"))
                .addProperty("detail", text("What went wrong, in English"))
                .addProperty("code", text("The message key, stable for clients (error.required, ...)"))
                .addProperty("field", text("The field or parameter the problem names"))
                .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(error)
                        .description("Every refused field when there are several"));
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().type(Schema.SchemaType.STRING).description(description);
    }
}
