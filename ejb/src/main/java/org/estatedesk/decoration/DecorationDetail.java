package org.estatedesk.decoration;

import java.util.List;
import org.estatedesk.approvals.ApprovalChain;

/**
 * A decoration application with its unit and estate names, its history, every round of its approvals and its
 * uploaded documents.
 */
public record DecorationDetail(DecorationApplication application, String estateName, String unitCode,
        List<DecorationEvent> history, List<ApprovalChain> approvals, List<AttachmentInfo> attachments) {
}
