package org.estatedesk.archives;

/**
 * The documents of R5.2's files: purchase contract copy, identity copies, move-in forms, inspection and defect
 * forms, decoration files, agreements (owner files); lease contracts (a let unit); drawings and acceptance
 * certificates (construction files).
 */
public enum DocumentType {
    PURCHASE_CONTRACT, IDENTITY_COPY, MOVE_IN_FORM, INSPECTION_FORM, DEFECT_FORM, DECORATION_FILE, AGREEMENT,
    LEASE_CONTRACT, CONSTRUCTION_DRAWING, ACCEPTANCE_CERTIFICATE, OTHER
}
