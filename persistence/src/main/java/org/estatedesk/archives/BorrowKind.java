package org.estatedesk.archives;

/** Taking the paper file away (one borrower at a time) or reading it and its scanned copies. */
public enum BorrowKind {
    BORROW, READ
}
