package org.estatedesk.audit;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the caller; changes made at start-up (migrations, demo data) are "system". */
public class AuditRevisionListener implements RevisionListener {
    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revisionEntity) {
        ((AuditRevision) revisionEntity).setUsername(currentCaller());
    }

    private static String currentCaller() {
        try {
            Principal p = CDI.current().select(SecurityContext.class).get().getCallerPrincipal();
            return p == null ? SYSTEM : p.getName();
        } catch (IllegalStateException e) {
            // no CDI container or no request on this thread: a start-up task is writing
            return SYSTEM;
        }
    }
}
