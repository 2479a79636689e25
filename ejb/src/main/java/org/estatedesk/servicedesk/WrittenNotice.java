package org.estatedesk.servicedesk;

import java.time.OffsetDateTime;

/**
 * What the written notice of a DIFFICULT task tells the customer (R1.5): who reported what, where and when, by
 * when it will be done and which department will call. The printable page and the PDF show exactly these facts.
 */
public record WrittenNotice(long taskId, String companyName, String receptionNumber, String taskNumber,
        String callerName, OffsetDateTime receivedAt, String place, String description, OffsetDateTime dueAt,
        Department department) {
}
