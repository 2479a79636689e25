package org.estatedesk.handover;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.estatedesk.organisation.CompanyClearing;

/**
 * Handover's part of clearing a company (R0.11): the company's contractors go with its other data, but its users
 * stay, so a contractor's user is untied from his contractor first (he then sees no defects until tied again).
 */
@ApplicationScoped
public class ContractorUserClearing {
    @Inject
    InspectionRepository inspections;

    public void untie(@Observes CompanyClearing clearing) {
        inspections.untieContractorUsers(clearing.companyId());
    }
}
