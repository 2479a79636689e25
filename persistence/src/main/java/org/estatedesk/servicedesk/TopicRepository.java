package org.estatedesk.servicedesk;

import java.util.List;
import java.util.Optional;
import org.estatedesk.shared.DataScope;

/** Complaint topics (R1.12) and the tasks they gather, read through the caller's data scope. */
public interface TopicRepository {
    Optional<ComplaintTopic> find(long id, DataScope scope);

    List<ComplaintTopic> list(ComplaintTopic.State state, DataScope scope);

    List<Task> tasksOf(long topicId);

    void store(ComplaintTopic topic);
}
