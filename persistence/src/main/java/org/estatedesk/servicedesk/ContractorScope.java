package org.estatedesk.servicedesk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.estatedesk.shared.Versioned;

/**
 * A contractor's scope of works (R1.14): an issue category (and everything below it in the library) in an estate,
 * or in one building of it, under warranty for some months from a date (handover or completion).
 */
@Entity
@Table(name = "contractor_scope")
public class ContractorScope implements Versioned {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contractor_scope_seq")
    @SequenceGenerator(name = "contractor_scope_seq", sequenceName = "contractor_scope_seq", allocationSize = 50)
    private Long id;

    @Column(name = "contractor_id", nullable = false)
    private Long contractorId;

    @Column(name = "estate_id", nullable = false)
    private Long estateId;

    @Column(name = "building_id")
    private Long buildingId;

    @Column(name = "category_id", nullable = false)
    private Long categoryId;

    @NotNull
    @Column(name = "warranty_from", nullable = false)
    private LocalDate warrantyFrom;

    @Min(1)
    @Max(600)
    @Column(name = "warranty_months", nullable = false)
    private int warrantyMonths;

    @Version
    private int version;

    protected ContractorScope() {
    }

    public ContractorScope(long contractorId, long estateId, Long buildingId, long categoryId, LocalDate warrantyFrom,
            int warrantyMonths) {
        this.contractorId = contractorId;
        this.estateId = estateId;
        this.buildingId = buildingId;
        this.categoryId = categoryId;
        this.warrantyFrom = warrantyFrom;
        this.warrantyMonths = warrantyMonths;
    }

    /** A corrected or extended warranty (R1.14): from another day, or for more or fewer months. */
    public void changeWarranty(LocalDate from, int months) {
        this.warrantyFrom = from;
        this.warrantyMonths = months;
    }

    /** The last day of the warranty. */
    public LocalDate warrantyUntil() {
        return warrantyFrom.plusMonths(warrantyMonths).minusDays(1);
    }

    public boolean inWarranty(LocalDate day) {
        return !day.isBefore(warrantyFrom) && !day.isAfter(warrantyUntil());
    }

    /**
     * The scope responsible for a problem of {@code categoryId} in a building of an estate on a day: a scope of that
     * category or of one of its ancestors ({@code parents}: category id → parent id), in warranty, for that building
     * or the whole estate; the most specific one (the building's, then the nearest category) wins.
     */
    public static Optional<ContractorScope> responsible(Collection<ContractorScope> scopes, long estateId,
            Long buildingId, long categoryId, Map<Long, Long> parents, LocalDate day) {
        java.util.List<Long> chain = new java.util.ArrayList<>();
        for (Long c = categoryId; c != null && chain.size() < 20; c = parents.get(c)) {
            chain.add(c);
        }
        Set<Long> covered = Set.copyOf(chain);
        return scopes.stream()
                .filter(s -> s.estateId == estateId)
                .filter(s -> s.buildingId == null || s.buildingId.equals(buildingId))
                .filter(s -> covered.contains(s.categoryId))
                .filter(s -> s.inWarranty(day))
                .min(Comparator.<ContractorScope>comparingInt(s -> s.buildingId == null ? 1 : 0)
                        .thenComparingInt(s -> chain.indexOf(s.categoryId)));
    }

    public Long getId() {
        return id;
    }

    public Long getContractorId() {
        return contractorId;
    }

    public Long getEstateId() {
        return estateId;
    }

    public Long getBuildingId() {
        return buildingId;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public LocalDate getWarrantyFrom() {
        return warrantyFrom;
    }

    public int getWarrantyMonths() {
        return warrantyMonths;
    }

    @Override
    public int getVersion() {
        return version;
    }
}
