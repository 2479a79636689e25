package org.estatedesk.decoration;

/** What an uploaded document of a decoration application is (R3.1). */
public enum AttachmentKind {
    OWNER_IDENTITY, CONTRACTOR_IDENTITY, CONTRACTOR_LICENCE, PLAN_DRAWING, AGREEMENT, OTHER
}
