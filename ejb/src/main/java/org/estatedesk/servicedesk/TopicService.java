package org.estatedesk.servicedesk;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateRepository;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.OperationLog;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.Validation;

/**
 * Complaint topics (R1.12): CS staff open a topic for a group complaint or hot issue, gather its tasks, and a CS
 * manager records the agreed solution, which every gathered task carries in its history.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.CS_ASSISTANT, Roles.FRONT_DESK,
    Roles.STAFF})
public class TopicService {
    @Inject
    Clock clock;

    @Inject
    TopicRepository topics;

    @Inject
    TaskRepository tasks;

    @Inject
    EstateRepository estates;

    @Inject
    CallerContext caller;

    @Inject
    OperationLog log;

    @Inject
    Validation validation;

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.CS_ASSISTANT})
    public ComplaintTopic open(Long companyId, Long estateId, String title, String description) {
        long company;
        if (estateId != null) {
            Estate e = estates.find(estateId, caller.scope()).orElseThrow(() -> new NotFoundException("estate",
                    estateId));
            company = e.getCompanyId();
        } else if (companyId != null) {
            company = companyId;
        } else if (caller.companyId() != null) {
            company = caller.companyId();
        } else {
            throw new RuleViolationException("error.required", "estateId");
        }
        ComplaintTopic t = new ComplaintTopic(company, estateId, title, description, caller.username(),
                OffsetDateTime.now(clock));
        topics.store(validation.check(t));
        if (topics.find(t.getId(), caller.scope()).isEmpty()) {
            throw new NotFoundException("company", company);
        }
        log.record("TOPIC_OPEN", "topic", t.getId(), t.getTitle(), company);
        return t;
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.CS_ASSISTANT, Roles.FRONT_DESK})
    public ComplaintTopic gather(long topicId, long taskId) {
        ComplaintTopic topic = topic(topicId);
        Task task = tasks.findForUpdate(taskId, caller.scope()).orElseThrow(() -> new NotFoundException("task",
                taskId));
        topic.gather(task);
        log.record("TOPIC_GATHER", "topic", topicId, task.getNumber(), topic.getCompanyId());
        return topic;
    }

    /** Records the agreed solution and writes it into the history of every gathered task. */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER})
    public ComplaintTopic resolve(long topicId, String solution, Integer version) {
        ComplaintTopic topic = topic(topicId);
        topic.checkVersion(version);
        OffsetDateTime now = OffsetDateTime.now(clock);
        topic.resolve(solution, caller.username(), now);
        topics.tasksOf(topicId).forEach(t -> tasks.store(t.topicResolved(topic, now)));
        log.record("TOPIC_RESOLVE", "topic", topicId, topic.getTitle(), topic.getCompanyId());
        return topic;
    }

    @RolesAllowed(Roles.STAFF)
    public ComplaintTopic topic(long id) {
        return topics.find(id, caller.scope()).orElseThrow(() -> new NotFoundException("topic", id));
    }

    @RolesAllowed(Roles.STAFF)
    public List<TaskLine> tasksOf(long topicId) {
        topic(topicId);
        return TaskLine.of(topics.tasksOf(topicId), tasks);
    }

    @RolesAllowed(Roles.STAFF)
    public List<ComplaintTopic> topics(ComplaintTopic.State state) {
        return topics.list(state, caller.scope());
    }
}
