package org.estatedesk.archives;

/** What happened to a file (R5.2): its changes and every access to it. */
public enum ArchiveAction {
    CREATE, ADD_ITEM, CHANGE_ITEM, REMOVE_ITEM, ATTACH, VIEW, REQUEST, APPROVE, REJECT, LEND, RETURN
}
