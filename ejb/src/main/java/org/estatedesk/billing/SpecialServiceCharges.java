package org.estatedesk.billing;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.estatedesk.servicedesk.Task;
import org.estatedesk.servicedesk.TaskCompleted;

/**
 * A completed paid special service becomes a one-off charge of its unit (R1.2, R4.1) in the same transaction, once:
 * the task keeps the bill, and the charge's key makes the billing return the same bill again. Billing's answer to
 * the service desk's {@link TaskCompleted}.
 */
@ApplicationScoped
public class SpecialServiceCharges {
    @EJB
    ChargeService charges;

    public void charge(@Observes TaskCompleted completed) {
        Task t = completed.task();
        t.chargeToBill().ifPresent(amount -> {
            Bill bill = charges.charge(t.getUnitId(), t.chargeKey(), "特约服务费（" + t.getNumber() + "）："
                    + abbreviated(t.getQuote().getDescription(), 150),
                    List.of(new ChargeService.ChargeLine(ChargeService.SPECIAL_SERVICE, amount)));
            t.charged(bill.getId());
        });
    }

    private static String abbreviated(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
