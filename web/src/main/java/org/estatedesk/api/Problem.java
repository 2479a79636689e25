package org.estatedesk.api;

import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** An RFC 9457 problem body. */
public final class Problem {
    public static final String MEDIA_TYPE = "application/problem+json";

    private Problem() {
    }

    /** The longest value a problem repeats back (or the log keeps): longer text is cut with an ellipsis. */
    public static final int MAX_ECHO = 80;

    /** A value as a problem may repeat it: cut to {@link #MAX_ECHO} characters, control characters shown as '?'. */
    public static String capped(Object value) {
        if (value == null) {
            return null;
        }
        String text = String.valueOf(value);
        StringBuilder b = new StringBuilder(Math.min(text.length(), MAX_ECHO + 1));
        for (int i = 0; i < text.length() && b.length() < MAX_ECHO; i++) {
            char c = text.charAt(i);
            b.append(Character.isISOControl(c) ? '?' : c);
        }
        if (text.length() > MAX_ECHO) {
            b.append('…');
        }
        return b.toString();
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
        return Response.status(status).type(MEDIA_TYPE).entity(body).build();
    }
}
