package org.estatedesk.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Shared acceptance (受理职责共享, R0.7): the accepting company may register requests for an estate of another
 * company (a group hotline, say). It widens what the accepting company's staff can look up, nothing else.
 */
@Entity
@Table(name = "shared_acceptance")
public class SharedAcceptance {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shared_acceptance_seq")
    @SequenceGenerator(name = "shared_acceptance_seq", sequenceName = "shared_acceptance_seq", allocationSize = 50)
    private Long id;

    @Column(name = "accepting_company_id", nullable = false)
    private Long acceptingCompanyId;

    @Column(name = "estate_id", nullable = false)
    private Long estateId;

    @Version
    private int version;

    protected SharedAcceptance() {
    }

    public SharedAcceptance(long acceptingCompanyId, long estateId) {
        this.acceptingCompanyId = acceptingCompanyId;
        this.estateId = estateId;
    }

    public Long getId() {
        return id;
    }

    public Long getAcceptingCompanyId() {
        return acceptingCompanyId;
    }

    public Long getEstateId() {
        return estateId;
    }
}
