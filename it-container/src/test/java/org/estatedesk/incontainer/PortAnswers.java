package org.estatedesk.incontainer;

import java.util.List;
import java.util.Map;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The classes that answer the ports of the kernel and of the capabilities (issue 19: a lower capability asks a
 * higher one through an interface of its own, which the higher one implements). A small deployment that holds a
 * port must hold its answer too, else its injection point is unsatisfied; the answers need only the persistence
 * module and the port, never the rest of their capability.
 */
final class PortAnswers {
    /** Answering class → the package of the port it answers. */
    private static final Map<String, String> ANSWERS = Map.of(
            "org.estatedesk.security.CurrentUser", "org.estatedesk.shared",
            "org.estatedesk.estates.VisibleEstateIds", "org.estatedesk.shared",
            "org.estatedesk.estates.EstateCompaniesOfEstates", "org.estatedesk.organisation",
            "org.estatedesk.security.RunAsAccountsOfUsers", "org.estatedesk.jobs",
            "org.estatedesk.billing.UnitBalancesOfBills", "org.estatedesk.servicedesk",
            "org.estatedesk.hotwater.HotWaterSeals", "org.estatedesk.billing");

    private PortAnswers() {
    }

    /** Adds the answer of every port in the packages that the deployment does not hold already. */
    static void addTo(WebArchive war, List<String> packages) {
        ANSWERS.forEach((answer, port) -> {
            String own = answer.substring(0, answer.lastIndexOf('.'));
            if (packages.contains(port) && !packages.contains(own)) {
                war.addClass(answer);
            }
        });
    }
}
