package org.estatedesk.archives;

/**
 * What the archive audit (R5.3) finds: a document the unit's state requires and its files lack, a document past its
 * expiry, a borrowed file or a lent key past its due time, and (per estate) a key category without its emergency
 * spare set (R5.1).
 */
public enum AuditFindingKind {
    MISSING_DOCUMENT, EXPIRED_DOCUMENT, OVERDUE_BORROW, OVERDUE_KEY, MISSING_SPARE
}
