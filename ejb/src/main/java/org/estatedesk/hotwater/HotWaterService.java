package org.estatedesk.hotwater;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.estatedesk.approvals.ApprovalService;
import org.estatedesk.approvals.StepPlan;
import org.estatedesk.archives.ArchiveItem;
import org.estatedesk.archives.ArchiveService;
import org.estatedesk.archives.DocumentType;
import org.estatedesk.shared.Money;
import org.estatedesk.billing.Bill;
import org.estatedesk.billing.BillCalculator;
import org.estatedesk.billing.BillRepository;
import org.estatedesk.billing.ChargeService;
import org.estatedesk.billing.FeeBasis;
import org.estatedesk.billing.FeeRepository;
import org.estatedesk.billing.MeterKind;
import org.estatedesk.billing.MeterReading;
import org.estatedesk.billing.MeterReadingService;
import org.estatedesk.estates.Unit;
import org.estatedesk.estates.UnitRepository;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.OperationLog;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.Roles;

/**
 * Hot-water sealing (热水封堵, R3.8) in the source's order: the CS assistant signs the sealing agreement with the
 * owner, reads the meter — the final reading is recorded in the hot-water ledger and its consumption charged at once
 * (one-off item HOT_WATER_FINAL at the estate's hot-water price; the monthly run leaves that reading out) — the
 * hot-water fees are settled (nothing of them unpaid), a CS manager approves in the approval inbox, the front desk's
 * task sends engineering to seal it, and the agreement is filed in the unit's archive.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT,
    Roles.FINANCE, Roles.ENGINEERING_MANAGER, Roles.ENGINEERING_SUPERVISOR, Roles.TECHNICIAN, Roles.ARCHIVE_KEEPER,
    Roles.STAFF})
public class HotWaterService {
    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @Inject
    HotWaterRepository sealings;

    @Inject
    UnitRepository units;

    @Inject
    FeeRepository feeRepository;

    @Inject
    BillRepository billRepository;

    @EJB
    MeterReadingService readings;

    @EJB
    ChargeService charges;

    @EJB
    ApprovalService approvals;

    @EJB
    ArchiveService archives;

    @Inject
    CallerContext caller;

    @Inject
    OperationLog log;

    /**
     * The owner's request with the signed agreement; refused while the unit has an open sealing, and while its meter
     * is still sealed by an archived one (it is unsealed first).
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.FRONT_DESK, Roles.CS_ASSISTANT})
    public HotWaterSealing apply(long unitId, String applicant, String phone, String reason) {
        Unit unit = units.find(unitId, caller.scope()).orElseThrow(() -> new NotFoundException("unit", unitId));
        sealings.open(unitId).ifPresent(s -> {
            throw new ConflictException("error.hotwater.open", s.getAgreementNumber(), s.getState());
        });
        sealings.sealing(unitId).ifPresent(s -> {
            throw new ConflictException("error.hotwater.stillSealed", s.getSealNumber(), s.getAgreementNumber());
        });
        HotWaterSealing s = new HotWaterSealing(unit.getCompanyId(), unit.getEstateId(), unitId, unit.getCode(),
                applicant, phone, reason, caller.username(), now());
        sealings.store(s);
        s.number();
        log.record("HOT_WATER_SEAL_AGREED", "unit", unitId, s.getAgreementNumber(), s.getCompanyId());
        return s;
    }

    /**
     * The final reading of the period (this month by default): recorded in the hot-water ledger (refused like any
     * reading: lower than the last, a period already read) and its consumption charged to the unit at once.
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_ASSISTANT, Roles.FINANCE})
    public HotWaterSealing finalReading(long id, BigDecimal reading, YearMonth period, Integer version) {
        HotWaterSealing s = checked(id, version);
        s.require(HotWaterSealing.State.AGREED, "read");
        YearMonth month = period == null ? YearMonth.now(clock.withZone(zones.zone())) : period;
        MeterReading r = readings.record(s.getUnitId(), MeterKind.HOT_WATER, month, reading, false);
        Unit unit = units.find(s.getUnitId(), caller.scope()).orElseThrow();
        BigDecimal used = r.consumption();
        BigDecimal amount = Money.ZERO;
        String priced = "";
        for (BillCalculator.Line l : new BillCalculator(feeRepository.calculatorRates(List.of(s.getEstateId())), month)
                .lines(s.getEstateId(), unit.getType(), unit.getArea(), Map.of(MeterKind.HOT_WATER, used))) {
            if (hotWaterItem(s.getEstateId(), month, l.itemCode())) {
                amount = amount.add(l.amount());
                priced = l.quantity().stripTrailingZeros().toPlainString() + " × " + l.unitPrice().toPlainString();
            }
        }
        Bill bill = null;
        String key = HotWaterSealing.FORM_TYPE + ":" + s.getId();
        if (amount.signum() > 0) {
            bill = charges.charge(s.getUnitId(), key, "热水费封堵结算（" + s.getAgreementNumber() + "，读数 "
                    + r.getPrevious().toPlainString() + " → " + r.getReading().toPlainString() + "，" + priced + "）",
                    List.of(new ChargeService.ChargeLine(ChargeService.HOT_WATER_FINAL, amount)));
        }
        r.settledBy(key);
        s.finalReading(r.getReading(), month, used, amount, bill == null ? null : bill.getId(), caller.username(),
                now());
        log.record("HOT_WATER_SEAL_READ", "unit", s.getUnitId(), s.getAgreementNumber() + " " + r.getReading()
                + " = " + amount.toPlainString(), s.getCompanyId());
        return s;
    }

    private boolean hotWaterItem(long estateId, YearMonth month, String code) {
        return feeRepository.calculatorRates(List.of(estateId)).stream().anyMatch(r -> r.itemCode().equals(code)
                && r.basis() == FeeBasis.METERED && r.meter() == MeterKind.HOT_WATER);
    }

    /** What the unit still owes for hot water (monthly hot-water lines and the final reading's charge). */
    @RolesAllowed(Roles.STAFF)
    public BigDecimal stillOpen(long id) {
        return billRepository.openMetered(find(id).getUnitId(), List.of(ChargeService.HOT_WATER_FINAL));
    }

    /**
     * The hot-water fees are settled (结算热水费): nothing of them unpaid (409 with the amount otherwise); a CS
     * manager's approval step starts.
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_ASSISTANT, Roles.FINANCE})
    public HotWaterSealing settle(long id, Integer version) {
        HotWaterSealing s = checked(id, version);
        s.settled(billRepository.openMetered(s.getUnitId(), List.of(ChargeService.HOT_WATER_FINAL)), now());
        approvals.start(HotWaterSealing.FORM_TYPE, s.getId(), 1, s.getCompanyId(), s.getEstateId(),
                List.of(new StepPlan("CS_MANAGER", Roles.CS_MANAGER)), null);
        log.record("HOT_WATER_SEAL_SETTLED", "unit", s.getUnitId(), s.getAgreementNumber(), s.getCompanyId());
        return s;
    }

    /** Engineering sealed it (the meter and its parts left with the owner). */
    @RolesAllowed({Roles.ADMIN, Roles.ENGINEERING_MANAGER, Roles.ENGINEERING_SUPERVISOR, Roles.TECHNICIAN})
    public HotWaterSealing sealed(long id, String sealNumber, String remarks, Integer version) {
        HotWaterSealing s = checked(id, version);
        s.sealed(sealNumber, remarks, caller.username(), now());
        log.record("HOT_WATER_SEALED", "unit", s.getUnitId(), s.getAgreementNumber() + " " + s.getSealNumber(),
                s.getCompanyId());
        return s;
    }

    /**
     * Engineering opened the sealed meter again (启封): from now on the unit's hot-water meter takes readings.
     */
    @RolesAllowed({Roles.ADMIN, Roles.ENGINEERING_MANAGER, Roles.ENGINEERING_SUPERVISOR, Roles.TECHNICIAN})
    public HotWaterSealing unseal(long id, String remarks, Integer version) {
        HotWaterSealing s = checked(id, version);
        s.unseal(remarks, caller.username(), now());
        log.record("HOT_WATER_UNSEALED", "unit", s.getUnitId(), s.getAgreementNumber() + " " + s.getSealNumber(),
                s.getCompanyId());
        return s;
    }

    /**
     * The agreement filed in one of the unit's archive files (将封堵协议存档): an item AGREEMENT of that file, where it
     * is kept ({@code location}); the archive keeper's.
     */
    @RolesAllowed({Roles.ADMIN, Roles.ARCHIVE_KEEPER})
    public HotWaterSealing archive(long id, long fileId, String location, Integer version) {
        HotWaterSealing s = checked(id, version);
        s.require(HotWaterSealing.State.SEALED, "archive");
        if (!s.getUnitId().equals(archives.file(fileId).getUnitId())) {
            throw new ConflictException("error.hotwater.otherFile", fileId, s.getUnitCode());
        }
        ArchiveItem item = archives.addItem(fileId, DocumentType.AGREEMENT, "热水封堵协议 " + s.getAgreementNumber(),
                location, null);
        s.archived(item.getId(), caller.username(), now());
        log.record("HOT_WATER_SEAL_ARCHIVED", "unit", s.getUnitId(), s.getAgreementNumber() + " file " + fileId,
                s.getCompanyId());
        return s;
    }

    @RolesAllowed(Roles.STAFF)
    public HotWaterSealing find(long id) {
        return sealings.find(id, caller.scope()).orElseThrow(() -> new NotFoundException("hotWaterSealing", id));
    }

    @RolesAllowed(Roles.STAFF)
    public Page<HotWaterSealing> sealings(HotWaterSealing.State state, Long estateId, PageRequest page) {
        return sealings.page(state, estateId, caller.scope(), page);
    }

    private HotWaterSealing checked(long id, Integer version) {
        HotWaterSealing s = find(id);
        s.checkVersion(version);
        return s;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
