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
import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.estatedesk.shared.Versioned;
import org.hibernate.envers.Audited;

/**
 * One row of a company's dispatch table (派单范围, R1.3): tasks of this category at this location class go to this
 * department. Rows are data that administrators edit; the category's own department is the fallback.
 */
@Entity
@Table(name = "dispatch_rule")
@Audited
public class DispatchRule implements Versioned {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dispatch_rule_seq")
    @SequenceGenerator(name = "dispatch_rule_seq", sequenceName = "dispatch_rule_seq", allocationSize = 50)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(name = "category_id", nullable = false)
    private Long categoryId;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "location_kind")
    private LocationKind locationKind;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Department department;

    @Version
    private int version;

    protected DispatchRule() {
    }

    public DispatchRule(long companyId, long categoryId, LocationKind locationKind, Department department) {
        this.companyId = companyId;
        this.categoryId = categoryId;
        this.locationKind = locationKind;
        this.department = department;
    }

    /**
     * The department for a task of {@code category} at {@code location}: a rule for exactly that location, else a
     * rule for ANY location, else the category's default department.
     */
    public static Department resolve(IssueCategory category, LocationKind location, Collection<DispatchRule> rules) {
        Optional<DispatchRule> best = rules.stream()
                .filter(r -> r.categoryId.equals(category.getId()))
                .filter(r -> r.locationKind == location || r.locationKind == LocationKind.ANY)
                .min(Comparator.comparing(r -> r.locationKind == LocationKind.ANY ? 1 : 0));
        return best.map(DispatchRule::getDepartment).orElse(category.getDepartment());
    }

    public void sendTo(Department newDepartment) {
        this.department = newDepartment;
    }

    public Long getId() {
        return id;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public LocationKind getLocationKind() {
        return locationKind;
    }

    public Department getDepartment() {
        return department;
    }

    @Override
    public int getVersion() {
        return version;
    }
}
