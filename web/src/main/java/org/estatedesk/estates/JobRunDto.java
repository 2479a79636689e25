package org.estatedesk.estates;

import java.time.OffsetDateTime;
import org.estatedesk.jobs.JobRunView;

/** A batch job run: state is the batch status of its latest execution. */
public record JobRunDto(long id, String job, String state, long itemsTotal, long itemsDone, Long companyId,
        Long estateId, String description, String submittedBy, OffsetDateTime submittedAt, OffsetDateTime startedAt,
        OffsetDateTime endedAt) {
    static JobRunDto of(JobRunView v) {
        return new JobRunDto(v.id(), v.jobName(), v.state(), v.itemsTotal(), v.itemsDone(), v.companyId(),
                v.estateId(), v.description(), v.submittedBy(), v.submittedAt(), v.startedAt(), v.endedAt());
    }
}
