package org.estatedesk.organisation;

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
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.Versioned;
import org.hibernate.envers.Audited;

/**
 * A node of the organisation tree (R0.1). A company is the unit that owns estates, parameters and data scope;
 * a department belongs to the nearest company above it.
 */
@Entity
@Table(name = "org_unit")
@Audited
public class OrgUnit implements Versioned {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_unit_seq")
    @SequenceGenerator(name = "org_unit_seq", sequenceName = "org_unit_seq", allocationSize = 50)
    private Long id;

    @Column(name = "parent_id")
    private Long parentId;

    @NotNull
    @Enumerated(EnumType.STRING)
    private OrgUnitKind kind;

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = "[A-Za-z0-9_-]+", message = "{validation.code}")
    private String code;

    @NotBlank
    @Size(max = 200)
    private String name;

    @Size(max = 200)
    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "company_id")
    private Long companyId;

    @Version
    private int version;

    protected OrgUnit() {
    }

    private OrgUnit(OrgUnitKind kind, String code, String name, String nameEn) {
        this.kind = kind;
        this.code = code;
        this.name = name;
        this.nameEn = nameEn;
    }

    /** The root of a group's tree. */
    public static OrgUnit group(String code, String name, String nameEn) {
        return new OrgUnit(OrgUnitKind.GROUP, code, name, nameEn);
    }

    /** A new child of this node; refuses a kind that may not sit here (a company below a department, say). */
    public OrgUnit addChild(OrgUnitKind childKind, String childCode, String childName, String childNameEn) {
        if (id == null) {
            throw new IllegalStateException("parent not yet stored");
        }
        if (!kind.allowedChildren().contains(childKind)) {
            throw new RuleViolationException("error.org.kindNotAllowed", "kind", childKind, kind);
        }
        OrgUnit child = new OrgUnit(childKind, childCode, childName, childNameEn);
        child.parentId = id;
        child.companyId = kind == OrgUnitKind.COMPANY ? id : companyId;
        return child;
    }

    /** After the first flush a company is its own company. */
    public void assignOwnCompany() {
        if (kind == OrgUnitKind.COMPANY) {
            companyId = id;
        }
    }

    public void rename(String newName, String newNameEn) {
        this.name = newName;
        this.nameEn = newNameEn;
    }

    public boolean isCompany() {
        return kind == OrgUnitKind.COMPANY;
    }

    public Long getId() {
        return id;
    }

    public Long getParentId() {
        return parentId;
    }

    public OrgUnitKind getKind() {
        return kind;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public Long getCompanyId() {
        return companyId;
    }

    @Override
    public int getVersion() {
        return version;
    }
}
