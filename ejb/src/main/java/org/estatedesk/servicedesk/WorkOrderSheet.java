package org.estatedesk.servicedesk;

import java.time.OffsetDateTime;

/**
 * What the printed work order of a task says (issue 20, R1.6): the task, where and who asked, the category and the
 * department, the technician, and once the work is done its arrival, work, materials and charge and the owner's
 * sign-off — the picture of his signature (PNG or JPEG, null when none was drawn) or the reason he did not sign.
 */
public record WorkOrderSheet(String companyName, Task task, TaskSite site, OffsetDateTime receivedAt,
        byte[] signature) {
}
