package org.estatedesk.relocation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.estatedesk.estates.UnitState;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.DecidedUnitForm;
import org.estatedesk.shared.FormDecision;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.UnitRef;
import org.estatedesk.shared.Versioned;
import org.estatedesk.shared.Zones;

/**
 * A relocation / move-out (业户迁出, R3.7) that passed its checks: IN_APPROVAL until a CS manager decides (APPROVED
 * or REJECTED), RELEASED once the goods release slip (放行条) is issued with the owner's confirmation, COMPLETED when
 * the goods are out and the unit's state is updated. At most one open relocation per unit.
 */
@Entity
@Table(name = "relocation")
public class Relocation extends DecidedUnitForm implements Versioned {
    public static final String FORM_TYPE = "RELOCATION";
    public static final ZoneId ZONE = Zones.DEFAULT_ZONE;

    public enum State {
        IN_APPROVAL, APPROVED, REJECTED, RELEASED, COMPLETED;

        public boolean open() {
            return this != REJECTED && this != COMPLETED;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "relocation_seq")
    @SequenceGenerator(name = "relocation_seq", sequenceName = "relocation_seq", allocationSize = 50)
    private Long id;

    @Column(name = "active_unit")
    private Long activeUnit;

    @Column(name = "move_date", nullable = false)
    private LocalDate moveDate;

    @Column(nullable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state = State.IN_APPROVAL;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private OffsetDateTime requestedAt;

    @Column(name = "slip_number")
    private String slipNumber;

    private String goods;

    @Column(name = "confirmed_by_owner")
    private String confirmedByOwner;

    @Column(name = "slip_issued_by")
    private String slipIssuedBy;

    @Column(name = "slip_issued_at")
    private OffsetDateTime slipIssuedAt;

    @Column(name = "completed_by")
    private String completedBy;

    @Column(name = "completed_at")
    private OffsetDateTime completedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_state_after")
    private UnitState unitStateAfter;

    @Version
    private int version;

    protected Relocation() {
    }

    /** An application: a move date not in the past and a reason. The checks have passed (the service's). */
    public Relocation(long companyId, long estateId, long unitId, String unitCode, LocalDate moveDate, String reason,
            String by, OffsetDateTime now) {
        super(new UnitRef(companyId, estateId, unitId, unitCode));
        if (moveDate == null) {
            throw new RuleViolationException("error.required", "date");
        }
        if (moveDate.isBefore(now.atZoneSameInstant(ZONE).toLocalDate())) {
            throw new RuleViolationException("error.relocation.pastDate", "date", moveDate);
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("error.required", "reason");
        }
        if (reason.trim().length() > 500) {
            throw new RuleViolationException("error.relocation.tooLong", "reason", 500);
        }
        this.activeUnit = unitId;
        this.moveDate = moveDate;
        this.reason = reason.trim();
        this.requestedBy = by;
        this.requestedAt = now;
    }

    /** The manager's decision (through the approval inbox): APPROVED, or REJECTED, which closes it. */
    public void decide(boolean approve, String by, String comment, OffsetDateTime at) {
        require(State.IN_APPROVAL, "decide");
        state = approve ? State.APPROVED : State.REJECTED;
        decided(FormDecision.decide(by, at, comment));
        if (!approve) {
            activeUnit = null;
        }
    }

    /**
     * The goods release slip (放行条, R3.6/R3.7): the goods going out and who of the owners confirmed them by phone;
     * numbered per company ({@code number} from the service). APPROVED → RELEASED.
     */
    public void release(String number, String goodsList, String confirmedBy, String by, OffsetDateTime at) {
        require(State.APPROVED, "release");
        if (goodsList == null || goodsList.isBlank()) {
            throw new RuleViolationException("error.required", "goods");
        }
        if (goodsList.trim().length() > 1000) {
            throw new RuleViolationException("error.relocation.tooLong", "goods", 1000);
        }
        if (confirmedBy == null || confirmedBy.isBlank()) {
            throw new RuleViolationException("error.relocation.ownerConfirmation", "confirmedByOwner");
        }
        if (confirmedBy.trim().length() > 100) {
            throw new RuleViolationException("error.relocation.tooLong", "confirmedByOwner", 100);
        }
        state = State.RELEASED;
        slipNumber = number;
        goods = goodsList.trim();
        confirmedByOwner = confirmedBy.trim();
        slipIssuedBy = by;
        slipIssuedAt = at;
    }

    /**
     * The goods went out: RELEASED → COMPLETED; the unit's state after the move — HANDED_OVER, owned and nobody
     * living there (an owner or a tenant moved out, or a decorated unit was left) — is recorded and returned.
     */
    public UnitState complete(String by, OffsetDateTime at) {
        require(State.RELEASED, "complete");
        state = State.COMPLETED;
        activeUnit = null;
        completedBy = by;
        completedAt = at;
        unitStateAfter = UnitState.HANDED_OVER;
        return unitStateAfter;
    }

    private void require(State expected, String action) {
        if (state != expected) {
            throw new ConflictException("error.relocation.illegalTransition", action, state);
        }
    }

    public Long getId() {
        return id;
    }

    public LocalDate getMoveDate() {
        return moveDate;
    }

    public String getReason() {
        return reason;
    }

    public State getState() {
        return state;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public OffsetDateTime getRequestedAt() {
        return requestedAt;
    }

    public String getSlipNumber() {
        return slipNumber;
    }

    public String getGoods() {
        return goods;
    }

    public String getConfirmedByOwner() {
        return confirmedByOwner;
    }

    public String getSlipIssuedBy() {
        return slipIssuedBy;
    }

    public OffsetDateTime getSlipIssuedAt() {
        return slipIssuedAt;
    }

    public String getCompletedBy() {
        return completedBy;
    }

    public OffsetDateTime getCompletedAt() {
        return completedAt;
    }

    public UnitState getUnitStateAfter() {
        return unitStateAfter;
    }

    @Override
    public int getVersion() {
        return version;
    }
}
