package org.estatedesk.estates;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.Roles;

/**
 * The caller's estate (issue 20): the one he last chose on any page with an estate selector, stored per user so that
 * the next page and the next login preselect it. One mechanism for every selector (the web's {@code EstateMemory}).
 */
@Stateless
@DeclareRoles(Roles.STAFF)
public class EstatePreferenceService {
    @Inject
    EstateChoices choices;

    @Inject
    EstateRepository estates;

    @Inject
    CallerContext caller;

    @Inject
    Clock clock;

    /**
     * Of the estates a page offers, the one to preselect: the caller's last choice when it is among them, else the
     * first (null when there are none).
     */
    @RolesAllowed(Roles.STAFF)
    public Long preselect(List<Estate> offered) {
        if (offered.isEmpty()) {
            return null;
        }
        Long last = chosen();
        return last != null && offered.stream().anyMatch(e -> e.getId().equals(last)) ? last : offered.get(0).getId();
    }

    /** The caller's last choice if he still sees that estate, else null. */
    @RolesAllowed(Roles.STAFF)
    public Long chosen() {
        long userId = caller.scope().userId();
        return choices.last(userId).filter(id -> estates.find(id, caller.scope()).isPresent()).orElse(null);
    }

    /** Remembers the estate the caller chose (one he sees; any other is ignored, as a page cannot offer it). */
    @RolesAllowed(Roles.STAFF)
    public void remember(long estateId) {
        if (estates.find(estateId, caller.scope()).isPresent()) {
            choices.remember(caller.scope().userId(), estateId, clock.instant());
        }
    }
}
