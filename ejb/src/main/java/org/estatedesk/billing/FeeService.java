package org.estatedesk.billing;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateRepository;
import org.estatedesk.estates.UnitType;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.OperationLog;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.Validation;

/**
 * The fee catalogue of a company and its rates per estate and unit type (R4.1), kept by finance and managers.
 * Bills copy the item's name and the rate into their lines, so a later change never alters a bill.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE, Roles.STAFF})
public class FeeService {
    /** The largest price of a rate (numeric(12,4)). */
    private static final BigDecimal MAX_PRICE = new BigDecimal("99999999.9999");

    @Inject
    FeeRepository feeRepository;

    @Inject
    EstateRepository estates;

    @Inject
    CallerContext caller;

    @Inject
    OperationLog log;

    @Inject
    Validation validation;

    @RolesAllowed(Roles.STAFF)
    public List<FeeItem> items(Long companyId) {
        return feeRepository.items(caller.company(companyId));
    }

    @RolesAllowed(Roles.STAFF)
    public FeeItem item(long id) {
        FeeItem i = feeRepository.item(id).orElseThrow(() -> new NotFoundException("feeItem", id));
        NotFoundException.as("feeItem", id, () -> caller.company(i.getCompanyId()));
        return i;
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE})
    public FeeItem create(Long companyId, String code, String name, FeeBasis basis, MeterKind meter,
            boolean onBehalf) {
        long company = caller.company(companyId);
        if (basis == null) {
            throw new RuleViolationException("error.required", "basis");
        }
        if (code != null && feeRepository.item(company, code.trim()).isPresent()) {
            throw new ConflictException("error.fee.duplicate", code);
        }
        FeeItem item = validation.check(new FeeItem(company, code, name, basis, meter, onBehalf));
        feeRepository.store(item);
        log.record("FEE_ITEM_CREATE", "feeItem", item.getId(), item.getCode() + " " + item.getName(), company);
        return item;
    }

    /** Renames or re-describes an item, or retires it (no longer billed); {@code version} guards lost updates. */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE})
    public FeeItem update(long id, String name, FeeBasis basis, MeterKind meter, boolean onBehalf, boolean retired,
            Integer version) {
        FeeItem item = item(id);
        item.checkVersion(version);
        if (basis == null) {
            throw new RuleViolationException("error.required", "basis");
        }
        item.describe(name, basis, meter, onBehalf);
        item.retire(retired);
        validation.check(item);
        log.record("FEE_ITEM_UPDATE", "feeItem", id, item.getCode() + (retired ? " retired" : ""),
                item.getCompanyId());
        return item;
    }

    @RolesAllowed(Roles.STAFF)
    public List<FeeRate> rates(long estateId) {
        estate(estateId);
        return feeRepository.rates(estateId);
    }

    /**
     * The price of an item for a unit type in an estate from a period on; the same period again replaces the
     * price. Prices are not negative and have at most four decimals.
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE})
    public FeeRate setRate(long itemId, long estateId, UnitType type, BigDecimal price, YearMonth validFrom) {
        FeeItem item = item(itemId);
        Estate estate = estate(estateId);
        if (!estate.getCompanyId().equals(item.getCompanyId())) {
            throw new RuleViolationException("error.fee.otherCompany", "estateId");
        }
        if (item.getBasis() == FeeBasis.ONE_OFF) {
            throw new RuleViolationException("error.fee.oneOffRate", "feeItemId", item.getCode());
        }
        if (type == null) {
            throw new RuleViolationException("error.required", "unitType");
        }
        if (validFrom == null) {
            throw new RuleViolationException("error.required", "validFrom");
        }
        if (price == null) {
            throw new RuleViolationException("error.required", "unitPrice");
        }
        if (price.signum() < 0 || price.scale() > 4 || price.compareTo(MAX_PRICE) > 0) {
            throw new RuleViolationException("error.fee.price", "unitPrice");
        }
        FeeRate rate = feeRepository.rate(itemId, estateId, type, validFrom).orElse(null);
        if (rate == null) {
            rate = new FeeRate(itemId, estateId, type, price.setScale(4), validFrom);
            feeRepository.store(validation.check(rate));
        } else {
            rate.price(price.setScale(4));
        }
        log.record("FEE_RATE_SET", "feeItem", itemId, estate.getCode() + " " + type + " " + validFrom + " "
                + price.toPlainString(), item.getCompanyId());
        return rate;
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE})
    public void removeRate(long rateId) {
        FeeRate rate = feeRepository.rate(rateId).orElseThrow(() -> new NotFoundException("feeRate", rateId));
        Estate estate = estate(rate.getEstateId());
        feeRepository.remove(rate);
        log.record("FEE_RATE_REMOVE", "feeItem", rate.getFeeItemId(), estate.getCode() + " " + rate.getUnitType()
                + " " + rate.getValidFrom(), estate.getCompanyId());
    }

    private Estate estate(long estateId) {
        return estates.find(estateId, caller.scope()).orElseThrow(() -> new NotFoundException("estate", estateId));
    }
}
