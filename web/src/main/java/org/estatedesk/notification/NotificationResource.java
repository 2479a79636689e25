package org.estatedesk.notification;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.estatedesk.shared.RuleViolationException;

/** The notification outbox, read-only: what was sent about a record (administrators, managers, auditors). */
@Path("/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {
    @EJB
    NotificationService notifications;

    public record NotificationDto(long id, String kind, String targetType, long targetId, String recipientUser,
            String recipient, String subject, Notification.State state, int attempts, OffsetDateTime createdAt,
            OffsetDateTime sentAt, String lastError) {
        static NotificationDto of(Notification n) {
            return new NotificationDto(n.getId(), n.getKind(), n.getTargetType(), n.getTargetId(),
                    n.getRecipientUser(), n.getRecipient(), n.getSubject(), n.getState(), n.getAttempts(),
                    n.getCreatedAt(), n.getSentAt(), n.getLastError());
        }
    }

    @GET
    @Operation(summary = "Notifications about one record, e.g. targetType=task&targetId=42, oldest first")
    public List<NotificationDto> about(@QueryParam("targetType") String targetType,
            @QueryParam("targetId") Long targetId) {
        if (targetType == null || targetType.isBlank()) {
            throw new RuleViolationException("error.required", "targetType");
        }
        if (targetId == null) {
            throw new RuleViolationException("error.required", "targetId");
        }
        return notifications.about(targetType.trim(), targetId).stream().map(NotificationDto::of).toList();
    }
}
