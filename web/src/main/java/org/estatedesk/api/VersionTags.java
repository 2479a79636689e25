package org.estatedesk.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Optimistic versions over HTTP (issue 19): a record answered with a {@code version} carries it as its entity tag
 * ({@code ETag: "3"}), and a client that updates may send it back as {@code If-Match: "3"} instead of the body's
 * {@code version} field ({@link RequestBodies#withIfMatch}); a stale version is the usual 409
 * {@code error.staleVersion}. A detail record that wraps the record it is about as its first part carries that
 * record's tag. Lists and documents carry no tag.
 */
@Provider
public class VersionTags implements ContainerResponseFilter {
    private static final Pattern TAG = Pattern.compile("^\\s*(?:W/)?\"(\\d{1,10})\"\\s*$");

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity == null || !entity.getClass().isRecord() || response.getStatus() >= 300
                || response.getHeaders().containsKey(HttpHeaders.ETAG)) {
            return;
        }
        Object version = versionOf(entity);
        if (version == null) {
            // a detail that wraps the record it is about as its first part (a decoration application with its
            // history, a key with its loans): the tag is that record's
            java.lang.reflect.RecordComponent[] parts = entity.getClass().getRecordComponents();
            Object first = parts.length == 0 ? null : part(entity, parts[0]);
            version = first != null && first.getClass().isRecord() ? versionOf(first) : null;
        }
        if (version instanceof Number n) {
            response.getHeaders().putSingle(HttpHeaders.ETAG, "\"" + n.longValue() + "\"");
        }
    }

    /** The version an If-Match header names ({@code "3"} or {@code W/"3"}), or null when it names none. */
    static Integer version(String ifMatch) {
        Matcher m = TAG.matcher(ifMatch);
        if (!m.matches()) {
            return null;
        }
        long v = Long.parseLong(m.group(1));
        return v > Integer.MAX_VALUE ? null : (int) v;
    }

    private static Object part(Object record, java.lang.reflect.RecordComponent component) {
        try {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Object versionOf(Object record) {
        try {
            Method accessor = record.getClass().getMethod("version");
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
