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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.estatedesk.shared.Versioned;
import org.hibernate.envers.Audited;

/**
 * A node of a company's issue standard library (投诉问题标准库, R1.11), e.g. waterproofing → bathroom leak: the
 * default kind, SLA tier, location class, department and warranty period that a task of this category starts with.
 * The dispatch table ({@link DispatchRule}) may send it elsewhere per location.
 */
@Entity
@Table(name = "issue_category")
@Audited
public class IssueCategory implements Versioned {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "issue_category_seq")
    @SequenceGenerator(name = "issue_category_seq", sequenceName = "issue_category_seq", allocationSize = 50)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(name = "parent_id")
    private Long parentId;

    @NotBlank
    @Size(max = 60)
    @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "{validation.categoryCode}")
    private String code;

    @NotBlank
    @Size(max = 200)
    @Column(name = "name_zh")
    private String nameZh;

    @NotBlank
    @Size(max = 200)
    @Column(name = "name_en")
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "default_kind")
    private TaskKind defaultKind;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "default_tier")
    private SlaTier defaultTier;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "location_kind")
    private LocationKind locationKind;

    @NotNull
    @Enumerated(EnumType.STRING)
    private Department department;

    @Min(0)
    @Max(600)
    @Column(name = "warranty_months")
    private Integer warrantyMonths;

    private boolean active = true;

    @Version
    private int version;

    protected IssueCategory() {
    }

    public IssueCategory(long companyId, Long parentId, String code, String nameZh, String nameEn) {
        this.companyId = companyId;
        this.parentId = parentId;
        this.code = code;
        this.defaultTier = SlaTier.GENERAL;
        this.locationKind = LocationKind.UNIT;
        this.department = Department.CS_ASSISTANT;
        rename(nameZh, nameEn);
    }

    public final void rename(String zh, String en) {
        this.nameZh = zh;
        this.nameEn = en == null || en.isBlank() ? zh : en;
    }

    public IssueCategory defaults(TaskKind kind, SlaTier tier, LocationKind location, Department dept,
            Integer warranty) {
        this.defaultKind = kind;
        this.defaultTier = tier == null ? SlaTier.GENERAL : tier;
        this.locationKind = location == null ? LocationKind.UNIT : location;
        this.department = dept == null ? Department.CS_ASSISTANT : dept;
        this.warrantyMonths = warranty;
        return this;
    }

    public void activate(boolean on) {
        this.active = on;
    }

    /**
     * A library in tree order: each category followed by its children (depth first, siblings in the order given);
     * a category whose parent is not in the list counts as a root.
     */
    public static java.util.List<IssueCategory> inTreeOrder(java.util.List<IssueCategory> library) {
        java.util.Map<Long, java.util.List<IssueCategory>> children = new java.util.HashMap<>();
        java.util.Set<Long> ids = new java.util.HashSet<>();
        library.forEach(c -> ids.add(c.getId()));
        java.util.List<IssueCategory> roots = new java.util.ArrayList<>();
        for (IssueCategory c : library) {
            if (c.getParentId() != null && ids.contains(c.getParentId())) {
                children.computeIfAbsent(c.getParentId(), k -> new java.util.ArrayList<>()).add(c);
            } else {
                roots.add(c);
            }
        }
        java.util.List<IssueCategory> ordered = new java.util.ArrayList<>(library.size());
        java.util.Deque<IssueCategory> stack = new java.util.ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(roots.get(i));
        }
        while (!stack.isEmpty()) {
            IssueCategory c = stack.pop();
            ordered.add(c);
            java.util.List<IssueCategory> kids = children.getOrDefault(c.getId(), java.util.List.of());
            for (int i = kids.size() - 1; i >= 0; i--) {
                stack.push(kids.get(i));
            }
        }
        return ordered;
    }

    /** The category {@code id} and every category below it in the library (its sub-categories, at any depth). */
    public static java.util.Set<Long> subtree(java.util.List<IssueCategory> library, long id) {
        java.util.Set<Long> found = new java.util.LinkedHashSet<>();
        found.add(id);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (IssueCategory c : library) {
                if (c.getParentId() != null && found.contains(c.getParentId()) && found.add(c.getId())) {
                    grew = true;
                }
            }
        }
        return found;
    }

    public String name(java.util.Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public Long getId() {
        return id;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public TaskKind getDefaultKind() {
        return defaultKind;
    }

    public SlaTier getDefaultTier() {
        return defaultTier;
    }

    public LocationKind getLocationKind() {
        return locationKind;
    }

    public Department getDepartment() {
        return department;
    }

    public Integer getWarrantyMonths() {
        return warrantyMonths;
    }

    public boolean isActive() {
        return active;
    }

    @Override
    public int getVersion() {
        return version;
    }
}
