package org.estatedesk.archives;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.estatedesk.estates.UnitState;

/** A document that a unit's file must hold while the unit is in a state (R5.2, R5.3), per company. */
@Entity
@Table(name = "archive_requirement")
public class ArchiveRequirement {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "archive_requirement_seq")
    @SequenceGenerator(name = "archive_requirement_seq", sequenceName = "archive_requirement_seq", allocationSize = 50)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_state", nullable = false, length = 20)
    private UnitState unitState;

    @Enumerated(EnumType.STRING)
    @Column(name = "doc_type", nullable = false, length = 40)
    private DocumentType docType;

    protected ArchiveRequirement() {
    }

    public ArchiveRequirement(long companyId, UnitState unitState, DocumentType docType) {
        this.companyId = companyId;
        this.unitState = unitState;
        this.docType = docType;
    }

    public Long getId() {
        return id;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public UnitState getUnitState() {
        return unitState;
    }

    public DocumentType getDocType() {
        return docType;
    }
}
