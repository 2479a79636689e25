package org.estatedesk.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * Where a form belongs when it names no unit (a key loan, an archive borrow, a compensation): its company and
 * estate, in the columns {@code company_id} and {@code estate_id} that the data scope filters on (R0.6). Immutable.
 * Queries reach the ids as {@code x.estate.companyId} and {@code x.estate.estateId}.
 */
@Embeddable
public class EstateRef {
    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(name = "estate_id", nullable = false)
    private Long estateId;

    protected EstateRef() {
    }

    public EstateRef(long companyId, long estateId) {
        this.companyId = companyId;
        this.estateId = estateId;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public Long getEstateId() {
        return estateId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EstateRef r && Objects.equals(companyId, r.companyId)
                && Objects.equals(estateId, r.estateId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(companyId, estateId);
    }
}
