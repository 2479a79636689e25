package org.estatedesk.servicedesk;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.estatedesk.notification.Notification;
import org.estatedesk.notification.Outbox;
import org.estatedesk.notification.OverdueCheck;
import org.estatedesk.security.Recipient;
import org.estatedesk.security.RecipientCache;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.TimeFormat;

/**
 * The service desk's e-mails (C1): a new task to its department's supervisors (R1.4); an emergency at once to the
 * department's manager and the company's CS managers; an escalated task (R1.10) and an SLA breach (R1.5) to the
 * managers. Written to the outbox in the transaction of the change. Internal: called by the service desk's own
 * services and by the timer's overdue check, never by a client.
 */
@Stateless
@PermitAll
public class ServiceDeskNotifications {
    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @PersistenceContext(unitName = "estatedesk")
    EntityManager em;

    @Inject
    RecipientCache recipients;

    @Inject
    Outbox outbox;

    @Inject
    @ConfigProperty(name = "estatedesk.web.baseUrl", defaultValue = "http://localhost:9080")
    String baseUrl;

    /** A task was created: dispatch, and for emergencies and escalations the managers as well. */
    @PermitAll
    public void taskCreated(Task t) {
        Map<String, Recipient> to = new LinkedHashMap<>();
        recipients.of(t.getCompanyId(), t.getDepartment().supervisorRoles()).forEach(u -> to.put(u.username(), u));
        String kind = "TASK_DISPATCH";
        if (t.isEmergency()) {
            kind = "TASK_EMERGENCY";
            recipients.of(t.getCompanyId(), List.of(t.getDepartment().managerRole(), Roles.CS_MANAGER))
                    .forEach(u -> to.put(u.username(), u));
        }
        if (t.isEscalated()) {
            kind = t.isEmergency() ? kind : "TASK_ESCALATION";
            recipients.of(t.getCompanyId(), List.of(Roles.CS_MANAGER)).forEach(u -> to.put(u.username(), u));
        }
        String subject = switch (kind) {
            case "TASK_EMERGENCY" -> "【紧急】任务 %s：%s".formatted(t.getNumber(), t.getCategoryCode());
            case "TASK_ESCALATION" -> "【上移%s】任务 %s：%s".formatted(t.getEscalationLevel() == EscalationLevel.HQ
                    ? "总部" : "开发商", t.getNumber(), t.getCategoryCode());
            default -> "新任务 %s：%s".formatted(t.getNumber(), t.getCategoryCode());
        };
        send(t, kind, subject, to.values());
        if (t.isInWarranty() && t.getContractorId() != null) {
            Contractor c = em.find(Contractor.class, t.getContractorId());
            if (c != null && c.getEmail() != null) {
                outbox.enqueue(new Notification(t.getCompanyId(), "TASK_WARRANTY", "task", t.getId(), null,
                        c.getEmail(), "【保修】任务 %s：%s".formatted(t.getNumber(), t.getCategoryCode()),
                        body(t), java.time.OffsetDateTime.now(clock)));
            }
        }
    }

    /**
     * A task was transferred to another department after the split (issue 20: re-categorised or transferred): its
     * supervisors are told, as of a new task.
     */
    @PermitAll
    public void taskTransferred(Task t) {
        Map<String, Recipient> to = new LinkedHashMap<>();
        recipients.of(t.getCompanyId(), t.getDepartment().supervisorRoles()).forEach(u -> to.put(u.username(), u));
        send(t, "TASK_DISPATCH", "转派任务 %s：%s".formatted(t.getNumber(), t.getCategoryCode()), to.values());
    }

    /** The timer's check: every open task past its due time is reported once, whichever server claims it first. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void reportBreaches(@Observes OverdueCheck check) {
        List<Task> late = em.createQuery("select t from Task t where t.state in :open and t.dueAt < :now"
                + " and t.breachNotifiedAt is null order by t.dueAt", Task.class)
                .setParameter("open", TaskState.RUNNING).setParameter("now", check.now()).setMaxResults(200)
                .getResultList();
        for (Task t : late) {
            int claimed = em.createQuery("update Task t set t.breachNotifiedAt = :now where t.id = :id"
                    + " and t.breachNotifiedAt is null").setParameter("now", check.now()).setParameter("id", t.getId())
                    .executeUpdate();
            if (claimed == 1) {
                List<Recipient> to = new ArrayList<>(recipients.of(t.getCompanyId(),
                        List.of(t.getDepartment().managerRole(), Roles.CS_MANAGER)));
                send(t, "TASK_SLA_BREACH", "【超时】任务 %s 已超过完成时限 %s".formatted(t.getNumber(),
                        TimeFormat.MINUTE.format(t.getDueAt(), zones.zone(t.getCompanyId()))), to);
            }
        }
    }

    private void send(Task t, String kind, String subject, java.util.Collection<Recipient> to) {
        String body = body(t);
        java.time.OffsetDateTime now = java.time.OffsetDateTime.now(clock);
        for (Recipient u : to) {
            if (!u.email().isBlank()) {
                outbox.enqueue(new Notification(t.getCompanyId(), kind, "task", t.getId(), u.username(),
                        u.email(), subject, body, now));
            }
        }
    }

    private String body(Task t) {
        return """
                任务 %s（%s）
                类别：%s　部门：%s　时限：%s（%s）
                首问负责人：%s　处理人：%s　上移：%s
                %s

                打开任务：%s/servicedesk/task.xhtml?id=%d
                """.formatted(t.getNumber(), t.getKind(), t.getCategoryCode(), t.getDepartment(), t.getTier(),
                TimeFormat.MINUTE.format(t.getDueAt(), zones.zone(t.getCompanyId())), t.getOwner(),
                t.getAssignee() == null ? "—" : t.getAssignee(), t.getEscalationLevel(),
                t.getNote() == null ? "" : t.getNote(), baseUrl, t.getId());
    }
}
