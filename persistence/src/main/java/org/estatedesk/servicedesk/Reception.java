package org.estatedesk.servicedesk;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Collection;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.Versioned;

/**
 * A reception record (接待记录, R1.1): one call, visit, e-mail, web message or handover form, registered once with
 * the "five clear" facts — who (caller and phone), where (a unit or a public location), what (the description),
 * when (received at), how to reach them (the phone). Its state follows its tasks.
 */
@Entity
@Table(name = "reception")
public class Reception implements Versioned {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reception_seq")
    @SequenceGenerator(name = "reception_seq", sequenceName = "reception_seq", allocationSize = 50)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(name = "estate_id", nullable = false)
    private Long estateId;

    @Column(name = "unit_id")
    private Long unitId;

    @Size(max = 200)
    private String location;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Channel channel;

    @NotBlank
    @Size(max = 100)
    @Column(name = "caller_name")
    private String callerName;

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = "\\+?[0-9]{3,20}", message = "{validation.phone}")
    @Column(name = "caller_phone")
    private String callerPhone;

    @NotBlank
    @Size(max = 2000)
    private String description;

    @NotNull
    @Enumerated(EnumType.STRING)
    private ReceptionState state;

    @Column(name = "received_by", nullable = false)
    private String receivedBy;

    @Column(name = "received_at", nullable = false)
    private OffsetDateTime receivedAt;

    @Version
    private int version;

    protected Reception() {
    }

    public Reception(long companyId, long estateId, Long unitId, String location, Channel channel, String callerName,
            String callerPhone, String description, String receivedBy, OffsetDateTime receivedAt) {
        if (unitId == null && (location == null || location.isBlank())) {
            throw new RuleViolationException("error.reception.whereRequired", "location");
        }
        this.companyId = companyId;
        this.estateId = estateId;
        this.unitId = unitId;
        this.location = location == null || location.isBlank() ? null : location.trim();
        this.channel = channel;
        this.callerName = callerName == null ? null : callerName.trim();
        this.callerPhone = normalisePhone(callerPhone);
        this.description = description == null ? null : description.trim();
        this.receivedBy = receivedBy;
        this.receivedAt = receivedAt;
        this.state = ReceptionState.TO_SPLIT;
    }

    /** Phone numbers are kept as digits (and a leading +), so that a screen-pop finds them however typed. */
    public static String normalisePhone(String phone) {
        if (phone == null) {
            return null;
        }
        String p = phone.trim();
        return p.replaceAll("[\\s()-]", "");
    }

    /** Tasks can be added until every task of the record is closed. */
    public void checkOpenForTasks() {
        if (state == ReceptionState.CLOSED) {
            throw new org.estatedesk.shared.ConflictException("error.reception.closed", getNumber());
        }
    }

    /** A new task is being worked on: the record is split (its other tasks cannot make it closed or to-confirm). */
    public void taskAdded() {
        checkOpenForTasks();
        state = ReceptionState.SPLIT;
    }

    /** Derives the record's state from its tasks: split while any is worked on, to-confirm when all are done. */
    public void follow(Collection<TaskState> taskStates) {
        if (taskStates.isEmpty()) {
            state = ReceptionState.TO_SPLIT;
        } else if (taskStates.stream().allMatch(TaskState::isFinal)) {
            state = ReceptionState.CLOSED;
        } else if (taskStates.stream().allMatch(s -> s.isFinal() || s == TaskState.COMPLETED)) {
            state = ReceptionState.TO_CONFIRM;
        } else {
            state = ReceptionState.SPLIT;
        }
    }

    /** The number staff quote to the caller; derived from the sequence id, so unique across servers. */
    public String getNumber() {
        return id == null ? null : numberOf(id);
    }

    public static String numberOf(long id) {
        return "R%08d".formatted(id);
    }

    public Long getId() {
        return id;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public Long getEstateId() {
        return estateId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getLocation() {
        return location;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getCallerName() {
        return callerName;
    }

    public String getCallerPhone() {
        return callerPhone;
    }

    public String getDescription() {
        return description;
    }

    public ReceptionState getState() {
        return state;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public OffsetDateTime getReceivedAt() {
        return receivedAt;
    }

    @Override
    public int getVersion() {
        return version;
    }
}
