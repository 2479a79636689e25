package org.estatedesk.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One grant of data scope (R0.6): a company, and within it one estate or, without an estate, all of them. */
@Entity
@Table(name = "user_scope")
public class UserScope {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_scope_seq")
    @SequenceGenerator(name = "user_scope_seq", sequenceName = "user_scope_seq", allocationSize = 50)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(name = "estate_id")
    private Long estateId;

    protected UserScope() {
    }

    public UserScope(long userId, long companyId, Long estateId) {
        this.userId = userId;
        this.companyId = companyId;
        this.estateId = estateId;
    }

    public Long getId() {
        return id;
    }

    public Long getUserId() {
        return userId;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public Long getEstateId() {
        return estateId;
    }
}
