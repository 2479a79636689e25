package org.estatedesk.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Writes the operation log (R0.8) in the caller's transaction, so that a change and its log line commit or roll
 * back together. The address is the client's, when the call comes from an HTTP request. Every capability writes
 * it; reading it (the log search) is the audit capability's ({@code OperationLogRepository}), so the writer needs
 * nothing of audit and belongs to the shared kernel.
 */
@ApplicationScoped
public class OperationLog {
    @Inject
    Clock clock;

    @PersistenceContext(unitName = "estatedesk")
    EntityManager em;

    @Inject
    CallerContext caller;

    @Inject
    Instance<HttpServletRequest> request;

    public void record(String operation, String targetType, Object targetId, String detail, Long companyId) {
        write(caller.username(), operation, targetType, targetId, detail, Outcome.SUCCESS, companyId);
    }

    public void write(String username, String operation, String targetType, Object targetId, String detail,
            Outcome outcome, Long companyId) {
        em.persist(new OperationLogEntry(OffsetDateTime.now(clock), username, address(), operation,
                targetType, targetId == null ? null : targetId.toString(), detail, outcome, companyId));
    }

    private String address() {
        try {
            if (request.isResolvable()) {
                HttpServletRequest r = request.get();
                String forwarded = r.getHeader("X-Forwarded-For");
                return forwarded != null && !forwarded.isBlank() ? forwarded.split(",")[0].trim() : r.getRemoteAddr();
            }
        } catch (ContextNotActiveException | IllegalStateException e) {
            // called outside an HTTP request (batch job, start-up): there is no address to record
        }
        return null;
    }
}
