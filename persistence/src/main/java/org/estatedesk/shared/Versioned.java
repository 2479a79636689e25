package org.estatedesk.shared;

/** An entity guarded by optimistic locking: writers say which version they read. */
public interface Versioned {
    int getVersion();

    /** Refuses an update based on an older read (R3.9 and every edit form). */
    default void checkVersion(Integer expected) {
        if (expected != null && expected != getVersion()) {
            throw new ConflictException("error.staleVersion", expected, getVersion());
        }
    }
}
