package org.estatedesk.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.estatedesk.shared.AccessDeniedException;
import org.estatedesk.shared.BlockedException;
import org.estatedesk.shared.BusinessException;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.DocumentUnavailableException;
import org.estatedesk.shared.InvalidInputException;
import org.estatedesk.shared.Messages;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.RowErrorsException;

/**
 * The one place where exceptions become HTTP answers: business exceptions by kind, role refusals as 403, unreadable
 * JSON as 400; anything unexpected is logged and answered 500 without a stack trace.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable t = unwrap(thrown);
        if (t instanceof BusinessException b) {
            return business(b);
        }
        if (optimisticLockFailure(thrown) || lockNotGranted(thrown)) {
            return Problem.response(409, "Conflict", "Someone else changed this record at the same moment; reload and"
                    + " try again", Map.of("code", "error.concurrentChange"));
        }
        if (uniqueKeyViolation(thrown)) {
            return Problem.response(409, "Conflict", "The same record was written at the same moment by another"
                    + " request; reload and try again", Map.of("code", "error.duplicateRecord"));
        }
        if (t instanceof DocumentUnavailableException d) {
            LOG.warning(d.getMessage());
            return Problem.response(503, "Service Unavailable", d.getMessage(),
                    Map.of("code", "error.document.unavailable"));
        }
        if (t instanceof StrictJsonBodies.PayloadTooLargeException large) {
            return Problem.response(413, "Content Too Large", Messages.format(Locale.ENGLISH, "error.body.tooLarge",
                    large.limit), Map.of("code", "error.body.tooLarge"));
        }
        if (t instanceof EJBAccessException || t instanceof SecurityException) {
            return Problem.response(403, "Forbidden", "Your role may not do this", Map.of());
        }
        if (t instanceof JsonbException || t instanceof ProcessingException) {
            return Problem.response(400, "Bad Request", "The request body is not valid JSON for this resource",
                    Map.of());
        }
        if (t instanceof ConstraintViolationException cve) {
            Map<String, Object> ext = new LinkedHashMap<>();
            ext.put("errors", cve.getConstraintViolations().stream().map(v -> Map.of("field",
                    v.getPropertyPath().toString(), "message", v.getMessage())).toList());
            return Problem.response(400, "Bad Request", "Invalid input", ext);
        }
        if (t instanceof WebApplicationException w) {
            return webApplication(w);
        }
        LOG.log(Level.SEVERE, "Unexpected failure", LoggedFailure.of(thrown));
        return Problem.response(500, "Internal Server Error", "Unexpected failure; it has been logged", Map.of());
    }

    /**
     * JAX-RS's own refusals. A path or query parameter that does not convert (an id "abc", a page "x") is a 400
     * naming the parameter, not the 404 of the specification; RESTEasy's texts (which name its internals and repeat
     * the request) never reach the client.
     */
    private static Response webApplication(WebApplicationException w) {
        int status = w.getResponse().getStatus();
        String reason = w.getResponse().getStatusInfo().getReasonPhrase();
        String message = w.getMessage();
        java.util.regex.Matcher param = message == null ? null : PARAM.matcher(message);
        if (param != null && message.startsWith("RESTEASY003870") && param.find()) {
            String name = Problem.capped(param.group(1));
            return Problem.response(400, "Bad Request", Messages.format(Locale.ENGLISH, "error.param.malformed", name),
                    Map.of("field", name, "code", "error.param.malformed"));
        }
        if (message == null || message.startsWith("RESTEASY") || message.startsWith("HTTP ")) {
            return Problem.response(status, reason, reason, Map.of());
        }
        return Problem.response(status, reason, Problem.capped(message), Map.of());
    }

    private static final java.util.regex.Pattern PARAM =
            java.util.regex.Pattern.compile("(?:Path|Query|Matrix|Header|Cookie|Form)Param\\(\"([^\"]{1,100})\"\\)");

    private static Response business(BusinessException b) {
        Object[] arguments = b.arguments() == null ? new Object[0] : b.arguments().clone();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] != null && !(arguments[i] instanceof Number)) {
                arguments[i] = Problem.capped(arguments[i]);
            }
        }
        String detail = Messages.format(Locale.ENGLISH, b.messageKey(), arguments);
        Map<String, Object> ext = new LinkedHashMap<>(b.extensions());
        if (b.field() != null) {
            ext.put("field", b.field());
        }
        ext.put("code", b.messageKey());
        if (b instanceof InvalidInputException invalid) {
            // Bean Validation messages are bundle keys in braces: the API speaks English
            ext.put("errors", invalid.errors().stream().map(e -> Map.of("field", e.field(), "message",
                    e.message() != null && e.message().startsWith("{") && e.message().endsWith("}")
                            ? Messages.format(Locale.ENGLISH, e.message().substring(1, e.message().length() - 1))
                            : String.valueOf(e.message()))).toList());
        }
        if (b instanceof RowErrorsException rows) {
            ext.put("errors", rows.rows().stream().map(r -> {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("row", r.row());
                e.put("key", r.key());
                e.put("field", r.field());
                e.put("message", Messages.format(Locale.ENGLISH, r.messageKey(), r.arguments().toArray()));
                return e;
            }).toList());
        }
        if (b instanceof BlockedException blocked) {
            ext.put("reasons", blocked.reasons().stream().map(r -> Map.of("code", r.code(), "message",
                    Messages.format(Locale.ENGLISH, r.messageKey(), r.arguments().toArray()))).toList());
        }
        if (b instanceof NotFoundException) {
            return Problem.response(404, "Not Found", detail, ext);
        }
        if (b instanceof ConflictException) {
            return Problem.response(409, "Conflict", detail, ext);
        }
        if (b instanceof AccessDeniedException) {
            return Problem.response(403, "Forbidden", detail, ext);
        }
        if (b instanceof InvalidInputException) {
            return Problem.response(400, "Bad Request", detail, ext);
        }
        return Problem.response(400, "Bad Request", detail, ext);
    }

    /** A concurrent update lost the race on a version column (JPA's or Hibernate's exception, however wrapped). */
    private static boolean optimisticLockFailure(Throwable thrown) {
        for (Throwable c = thrown; c != null; c = c.getCause()) {
            if (c instanceof jakarta.persistence.OptimisticLockException) {
                return true;
            }
            // StaleObjectStateException and its parent StaleStateException: an update or delete found its row
            // changed or gone (a PUT without version racing another)
            for (Class<?> k = c.getClass(); k != null; k = k.getSuperclass()) {
                if (k.getName().equals("org.hibernate.StaleStateException")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A row lock another request held was not granted in time, or the database broke a deadlock by failing this
     * transaction (JPA's pessimistic-lock exceptions; SQL states HYT00 lock timeout on H2, 55P03 on PostgreSQL, 40001
     * and 40P01 deadlock or serialization failure): the record was busy, nothing was written.
     */
    static boolean lockNotGranted(Throwable thrown) {
        for (Throwable c = thrown; c != null; c = c.getCause()) {
            if (c instanceof jakarta.persistence.PessimisticLockException
                    || c instanceof jakarta.persistence.LockTimeoutException) {
                return true;
            }
            if (c instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && java.util.Set.of("HYT00", "55P03", "40001", "40P01").contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Two requests raced to write the same unique key (SQL state 23505 on H2 and PostgreSQL). */
    private static boolean uniqueKeyViolation(Throwable thrown) {
        for (Throwable c = thrown; c != null; c = c.getCause()) {
            if (c instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while ((current instanceof EJBException || current instanceof jakarta.ejb.EJBTransactionRolledbackException)
                && current.getCause() != null && !(current instanceof EJBAccessException)) {
            current = current.getCause();
        }
        return current;
    }
}
