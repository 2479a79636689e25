package org.estatedesk.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One line of the operation log (R0.8): who, when, from which address, which operation on which record. */
@Entity
@Table(name = "operation_log")
public class OperationLogEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "operation_log_seq")
    @SequenceGenerator(name = "operation_log_seq", sequenceName = "operation_log_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private OffsetDateTime at;

    private String username;

    private String address;

    @Column(nullable = false)
    private String operation;

    @Column(name = "target_type")
    private String targetType;

    @Column(name = "target_id")
    private String targetId;

    private String detail;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    @Column(name = "company_id")
    private Long companyId;

    protected OperationLogEntry() {
    }

    public OperationLogEntry(OffsetDateTime at, String username, String address, String operation, String targetType,
            String targetId, String detail, Outcome outcome, Long companyId) {
        this.at = at;
        this.username = username;
        this.address = address;
        this.operation = operation;
        this.targetType = targetType;
        this.targetId = targetId;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 997) + "...";
        this.outcome = outcome;
        this.companyId = companyId;
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getAt() {
        return at;
    }

    public String getUsername() {
        return username;
    }

    public String getAddress() {
        return address;
    }

    public String getOperation() {
        return operation;
    }

    public String getTargetType() {
        return targetType;
    }

    public String getTargetId() {
        return targetId;
    }

    public String getDetail() {
        return detail;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public Long getCompanyId() {
        return companyId;
    }
}
