package org.estatedesk.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** An RFC 9457 problem body. */
public final class Problem {
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType TYPE = MediaType.valueOf(MEDIA_TYPE);

    private Problem() {
    }

    public static Response response(int status, String title, String detail, Map<String, Object> extensions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        if (detail != null) {
            body.put("detail", detail);
        }
        body.putAll(extensions);
        return Response.status(status).type(TYPE).entity(body).build();
    }
}
