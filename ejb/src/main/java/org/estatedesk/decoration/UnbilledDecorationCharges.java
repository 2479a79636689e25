package org.estatedesk.decoration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.estatedesk.audit.OperationLog;

/** The stand-in until billing takes one-off charges: the amounts stay on the permit, noted in the operation log. */
@ApplicationScoped
public class UnbilledDecorationCharges implements DecorationCharges {
    @Inject
    OperationLog log;

    @Override
    public void charge(DecorationApplication permit) {
        log.record("DECORATION_FEES_UNBILLED", "decoration_application", permit.getId(), "fee "
                + permit.getManagementFee() + " deposit " + permit.getDeposit() + " (not yet posted to billing)",
                permit.getCompanyId());
    }
}
