package org.estatedesk.billing;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.estatedesk.shared.Money;
import org.estatedesk.estates.Unit;
import org.estatedesk.estates.UnitRepository;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.OperationLog;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.RuleViolationException;

/**
 * One-off charges and refundable deposits (R4.1): what the forms of C3 (decoration fees, fines, damages, pass fees)
 * and finance by hand charge a unit outside the monthly run. A charge is a bill of its own (paid, receipted,
 * reversed and dunned like any bill), a deposit money to be held; both carry the key of what caused them, so the
 * same form never charges twice. Taking, settling and paying back deposits is the cashier's ({@link CashierService}).
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE, Roles.STAFF})
public class ChargeService {
    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    /** The one-off item of a hot-water sealing's final reading (R3.8): its consumption billed at once. */
    public static final String HOT_WATER_FINAL = "HOT_WATER_FINAL";

    /** The one-off item of a paid special service (特约服务, R1.2): its accepted quote billed at completion. */
    public static final String SPECIAL_SERVICE = "SPECIAL_SERVICE";

    /** The one-off fee items every company has, installed on first use: code → name. */
    public static final Map<String, String> STANDARD_ITEMS = Map.of("DECORATION_FEE", "装修管理费", "FINE", "违章罚款",
            "DAMAGE", "损坏赔偿", "PASS_FEE", "出入证工本费", "SERVICE", "有偿服务费", "OTHER", "其他收费",
            HOT_WATER_FINAL, "热水费（封堵结算）", SPECIAL_SERVICE, "特约服务费");

    private static final int MAX_LINES = 20;

    @Inject
    FeeRepository feeRepository;

    @Inject
    BillRepository billRepository;

    @Inject
    PaymentRepository paymentRepository;

    @Inject
    DepositRepository depositRepository;

    @Inject
    UnitRepository units;

    @Inject
    CallerContext caller;

    @Inject
    OperationLog log;

    /** A line of a charge: a one-off fee item and its amount. */
    public record ChargeLine(String item, BigDecimal amount) {
    }

    /** A deposit with the payments that took, used or paid it back. */
    public record DepositView(Deposit deposit, List<Payment> payments) {
    }

    /** A charge made by hand at the desk (finance and managers): a bill of one-off lines due at once. */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE})
    public Bill chargeByHand(long unitId, String description, List<ChargeLine> lines) {
        return post(unit(unitId), "MANUAL:" + UUID.randomUUID(), description, lines);
    }

    /**
     * The charge a form makes (decoration fee, fine, damage …), once per key: the same key again returns the bill
     * it made. The form's service has checked the caller's rights to the form.
     */
    @RolesAllowed(Roles.STAFF)
    public Bill charge(long unitId, String key, String description, List<ChargeLine> lines) {
        Unit unit = unit(unitId);
        return billRepository.charge(unitId, key).orElseGet(() -> post(unit, key, description, lines));
    }

    private Bill post(Unit unit, String key, String description, List<ChargeLine> lines) {
        if (description == null || description.isBlank()) {
            throw new RuleViolationException("error.required", "description");
        }
        if (description.trim().length() > 200) {
            throw new RuleViolationException("error.charge.tooLong", "description", 200);
        }
        if (lines == null || lines.isEmpty()) {
            throw new RuleViolationException("error.charge.noLines", "lines");
        }
        if (lines.size() > MAX_LINES) {
            throw new RuleViolationException("error.charge.tooManyLines", "lines", MAX_LINES);
        }
        List<BillCalculator.Line> drafts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ChargeLine l = lines.get(i);
            String field = "lines[" + i + "]";
            if (l == null || l.item() == null || l.item().isBlank()) {
                throw new RuleViolationException("error.required", field + ".item");
            }
            FeeItem item = oneOffItem(unit.getCompanyId(), l.item().trim(), field + ".item");
            BigDecimal amount = Money.positive(l.amount(), field + ".amount");
            drafts.add(new BillCalculator.Line(item.getCode(), item.getName(), BigDecimal.ONE, amount.setScale(4),
                    amount));
        }
        Bill bill = Bill.charge(unit.getCompanyId(), unit.getEstateId(), unit.getId(), today(), key,
                description.trim(), drafts);
        billRepository.store(bill);
        log.record("CHARGE", "unit", unit.getId(), key + " " + bill.getTotal().toPlainString() + " "
                + description.trim(), unit.getCompanyId());
        return bill;
    }

    /** An active one-off item of the company; the standard ones are installed on first use. */
    private FeeItem oneOffItem(long companyId, String code, String field) {
        FeeItem item = feeRepository.item(companyId, code).orElseGet(() -> {
            String name = STANDARD_ITEMS.get(code);
            if (name == null) {
                return null;
            }
            FeeItem standard = new FeeItem(companyId, code, name, FeeBasis.ONE_OFF, null, false);
            feeRepository.store(standard);
            return standard;
        });
        if (item == null || !item.isActive() || item.getBasis() != FeeBasis.ONE_OFF) {
            throw new RuleViolationException("error.charge.item", field, code);
        }
        return item;
    }

    /** The one-off fee items a charge may use (the standard ones included, installed if missing). */
    @RolesAllowed(Roles.STAFF)
    public List<FeeItem> oneOffItems(Long companyId) {
        long company = caller.company(companyId);
        STANDARD_ITEMS.keySet().stream().sorted().forEach(code -> oneOffItem(company, code, "item"));
        return feeRepository.items(company).stream().filter(i -> i.getBasis() == FeeBasis.ONE_OFF && i.isActive())
                .toList();
    }

    /** A deposit taken by hand (finance and managers), e.g. for a key or a tool lent. */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE})
    public Deposit depositByHand(long unitId, Deposit.Kind kind, String description, BigDecimal amount) {
        return newDeposit(unit(unitId), kind == null ? Deposit.Kind.OTHER : kind, "MANUAL:" + UUID.randomUUID(),
                description, amount);
    }

    /** The deposit a form asks for, once per key: the same key again returns the deposit it made. */
    @RolesAllowed(Roles.STAFF)
    public Deposit requireDeposit(long unitId, Deposit.Kind kind, String key, String description,
            BigDecimal amount) {
        Unit unit = unit(unitId);
        return depositRepository.deposit(unit.getCompanyId(), key).orElseGet(() -> newDeposit(unit, kind, key,
                description, amount));
    }

    private Deposit newDeposit(Unit unit, Deposit.Kind kind, String key, String description, BigDecimal amount) {
        if (description != null && description.trim().length() > 200) {
            throw new RuleViolationException("error.charge.tooLong", "description", 200);
        }
        Deposit d = new Deposit(unit.getCompanyId(), unit.getEstateId(), unit.getId(), kind, key, description,
                amount, caller.username(), now());
        depositRepository.store(d);
        log.record("DEPOSIT_DUE", "unit", unit.getId(), kind + " " + d.getAmount().toPlainString() + " " + key,
                unit.getCompanyId());
        return d;
    }

    /** The open charges a form made (keys starting with {@code keyPrefix}), e.g. to keep them from its deposit. */
    @RolesAllowed(Roles.STAFF)
    public List<Bill> openCharges(long unitId, String keyPrefix) {
        unit(unitId);
        return billRepository.openCharges(unitId, keyPrefix);
    }

    /** The deposit a form asked for, if it asked for one. */
    @RolesAllowed(Roles.STAFF)
    public java.util.Optional<Deposit> depositFor(long unitId, String key) {
        Unit unit = unit(unitId);
        return depositRepository.deposit(unit.getCompanyId(), key);
    }

    /** Cancels a deposit not paid yet (the form was withdrawn, or it was asked by mistake). */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.FINANCE})
    public Deposit cancelDeposit(long id, Integer version) {
        Deposit d = depositRepository.depositForUpdate(id).orElseThrow(() -> new NotFoundException("deposit", id));
        NotFoundException.as("deposit", id, () -> unit(d.getUnitId()));
        d.checkVersion(version);
        d.cancel(caller.username(), now());
        log.record("DEPOSIT_CANCEL", "unit", d.getUnitId(), d.getKind() + " " + d.getSourceKey(), d.getCompanyId());
        return d;
    }

    @RolesAllowed(Roles.STAFF)
    public DepositView deposit(long id) {
        Deposit d = depositRepository.deposit(id).orElseThrow(() -> new NotFoundException("deposit", id));
        NotFoundException.as("deposit", id, () -> unit(d.getUnitId()));
        return new DepositView(d, paymentRepository.depositPayments(id));
    }

    @RolesAllowed(Roles.STAFF)
    public Page<Deposit> deposits(Long unitId, Long estateId, Deposit.State state, PageRequest page) {
        if (unitId != null) {
            unit(unitId);
        }
        return depositRepository.deposits(unitId, estateId, state, caller.scope(), page);
    }

    private Unit unit(long unitId) {
        return units.find(unitId, caller.scope()).orElseThrow(() -> new NotFoundException("unit", unitId));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zones.zone()));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
