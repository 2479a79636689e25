package org.estatedesk.billing;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.estatedesk.estates.EstateRepository;
import org.estatedesk.owners.OwnerRepository;
import org.estatedesk.owners.UnitHolder;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.RuleViolationException;

/**
 * The cashier finds a unit (issue 20): by its code, or by its owner's name or phone, within one estate of the
 * caller's scope; each unit with its owner and what it owes (the principal and late fees of its open bills,
 * {@link BillRepository.Balance#owed}), which the cashier's amount starts from.
 */
@Stateless
@DeclareRoles(Roles.STAFF)
public class CashierSearch {
    /** The shortest search text, and the most units one search lists. */
    public static final int MIN_TEXT = 1;
    public static final int LIMIT = 20;

    @Inject
    OwnerRepository owners;

    @Inject
    EstateRepository estates;

    @Inject
    BillRepository bills;

    @Inject
    CallerContext caller;

    @Inject
    CompanyZones zones;

    @Inject
    Clock clock;

    /** A unit found, with its owner and what it owes now. */
    public record UnitAccount(UnitHolder unit, BigDecimal owed) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The units of the estate whose code, owner's name or owner's phone contains the text, by code, at most 20. */
    @RolesAllowed(Roles.STAFF)
    public List<UnitAccount> find(Long estateId, String text) {
        if (estateId == null) {
            throw new RuleViolationException("error.required", "estateId");
        }
        if (text == null || text.strip().length() < MIN_TEXT) {
            throw new RuleViolationException("error.required", "q");
        }
        estates.find(estateId, caller.scope()).orElseThrow(() -> new NotFoundException("estate", estateId));
        LocalDate today = LocalDate.now(clock.withZone(zones.zone()));
        return owners.unitsByCodeOrOwner(estateId, text, caller.scope(), LIMIT).stream()
                .map(u -> new UnitAccount(u, bills.balance(u.unitId(), today).owed())).toList();
    }

    /** One unit with its owner and what it owes; 404 outside the caller's scope. */
    @RolesAllowed(Roles.STAFF)
    public UnitAccount account(long unitId) {
        UnitHolder u = owners.unitHolder(unitId, caller.scope()).orElseThrow(() -> new NotFoundException("unit",
                unitId));
        return new UnitAccount(u, bills.balance(unitId, LocalDate.now(clock.withZone(zones.zone()))).owed());
    }
}
