package org.estatedesk.handover;

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

/** One step of a defect (B2): who did what when, from which state to which, and why. */
@Entity
@Table(name = "defect_hop")
public class DefectHop {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "defect_hop_seq")
    @SequenceGenerator(name = "defect_hop_seq", sequenceName = "defect_hop_seq", allocationSize = 50)
    private Long id;

    @Column(name = "defect_id", nullable = false)
    private Long defectId;

    @Column(name = "at_time", nullable = false)
    private OffsetDateTime at;

    @Column(name = "by_user", nullable = false, length = 60)
    private String by;

    @Column(nullable = false, length = 20)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 20)
    private DefectState from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 20)
    private DefectState to;

    @Column(length = 500)
    private String comment;

    protected DefectHop() {
    }

    DefectHop(long defectId, OffsetDateTime at, String by, String action, DefectState from, DefectState to,
            String comment) {
        this.defectId = defectId;
        this.at = at;
        this.by = by;
        this.action = action;
        this.from = from;
        this.to = to;
        this.comment = comment == null || comment.isBlank() ? null : comment.trim();
    }

    public Long getId() {
        return id;
    }

    public Long getDefectId() {
        return defectId;
    }

    public OffsetDateTime getAt() {
        return at;
    }

    public String getBy() {
        return by;
    }

    public String getAction() {
        return action;
    }

    public DefectState getFrom() {
        return from;
    }

    public DefectState getTo() {
        return to;
    }

    public String getComment() {
        return comment;
    }
}
