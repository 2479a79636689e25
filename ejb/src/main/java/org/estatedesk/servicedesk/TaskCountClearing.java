package org.estatedesk.servicedesk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.estatedesk.organisation.CompanyClearing;

/**
 * The service desk's part of clearing a company (R0.11): the task counters are kept by delta; their rows of the
 * company's estates go with the estates.
 */
@ApplicationScoped
public class TaskCountClearing {
    @Inject
    TaskRepository tasks;

    public void uncount(@Observes CompanyClearing clearing) {
        tasks.uncountCompany(clearing.companyId());
    }
}
