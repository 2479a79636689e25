package org.estatedesk.servicedesk;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.estatedesk.organisation.OrgUnit;
import org.estatedesk.organisation.OrganisationService;
import org.estatedesk.shared.BusinessException;
import org.estatedesk.shared.FacesMessages;

/**
 * The issue standard library (R1.11) as a tree with each category's defaults, and the dispatch table (R1.3) that
 * sends a category at a location class to a department. Administrators and CS managers edit both.
 */
@Named
@ViewScoped
public class LibraryBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    IssueLibraryService library;

    @EJB
    OrganisationService organisation;

    private List<OrgUnit> companies = List.of();
    private Long companyId;
    private List<IssueCategory> categories = List.of();
    private List<DispatchRule> rules = List.of();

    private Long editingId;
    private Integer editingVersion;
    private String parentCode;
    private String code;
    private String nameZh;
    private String nameEn;
    private TaskKind defaultKind;
    private SlaTier defaultTier;
    private LocationKind location;
    private Department department;
    private Integer warrantyMonths;
    private boolean active = true;

    private String ruleCategory;
    private LocationKind ruleLocation;
    private Department ruleDepartment;

    @PostConstruct
    void init() {
        companies = organisation.companies();
        if (!companies.isEmpty()) {
            companyId = companies.get(0).getId();
        }
        FacesMessages.refusalShown(this::load);
    }

    public void load() {
        try {
            categories = companyId == null ? List.of() : IssueCategory.inTreeOrder(library.library(companyId));
            rules = companyId == null ? List.of() : library.rules(companyId);
        } catch (BusinessException e) {
            categories = List.of();
            rules = List.of();
            throw e;
        }
    }

    /** How deep a category sits, for its indentation. */
    public int depth(IssueCategory c) {
        int d = 0;
        Long parent = c.getParentId();
        while (parent != null && d < 10) {
            Long p = parent;
            IssueCategory up = categories.stream().filter(x -> x.getId().equals(p)).findFirst().orElse(null);
            parent = up == null ? null : up.getParentId();
            d++;
        }
        return d;
    }

    public String name(IssueCategory c) {
        return c.name(FacesMessages.locale());
    }

    public String codeOf(Long categoryId) {
        return categories.stream().filter(c -> c.getId().equals(categoryId)).map(IssueCategory::getCode).findFirst()
                .orElse("#" + categoryId);
    }

    public void installStandard() {
        int added = library.installStandard(companyId);
        FacesMessages.info("library.installed", added);
        load();
    }

    public void newCategory() {
        editingId = null;
        editingVersion = null;
        parentCode = null;
        code = null;
        nameZh = null;
        nameEn = null;
        defaultKind = TaskKind.REPAIR;
        defaultTier = SlaTier.GENERAL;
        location = LocationKind.UNIT;
        department = Department.CS_ASSISTANT;
        warrantyMonths = null;
        active = true;
    }

    public void edit(IssueCategory c) {
        editingId = c.getId();
        editingVersion = c.getVersion();
        parentCode = c.getParentId() == null ? null : codeOf(c.getParentId());
        code = c.getCode();
        nameZh = c.getNameZh();
        nameEn = c.getNameEn();
        defaultKind = c.getDefaultKind();
        defaultTier = c.getDefaultTier();
        location = c.getLocationKind();
        department = c.getDepartment();
        warrantyMonths = c.getWarrantyMonths();
        active = c.isActive();
    }

    public void save() {
        CategoryData data = new CategoryData(parentCode, code, nameZh, nameEn, defaultKind, defaultTier, location,
                department, warrantyMonths, active);
        IssueCategory saved = editingId == null ? library.create(companyId, data)
                : library.update(editingId, data, editingVersion);
        FacesMessages.info("library.saved", saved.getCode());
        load();
    }

    public void addRule() {
        library.route(companyId, ruleCategory, ruleLocation, ruleDepartment);
        FacesMessages.info("library.ruleSaved", ruleCategory);
        ruleCategory = null;
        ruleLocation = null;
        ruleDepartment = null;
        load();
    }

    public void removeRule(DispatchRule r) {
        library.removeRoute(r.getId());
        FacesMessages.info("library.ruleRemoved", codeOf(r.getCategoryId()));
        load();
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public List<OrgUnit> getCompanies() {
        return companies;
    }

    public List<IssueCategory> getCategories() {
        return categories;
    }

    public List<DispatchRule> getRules() {
        return rules;
    }

    public TaskKind[] getKinds() {
        return TaskKind.values();
    }

    public SlaTier[] getTiers() {
        return SlaTier.values();
    }

    public LocationKind[] getLocations() {
        return LocationKind.values();
    }

    public Department[] getDepartments() {
        return Department.values();
    }

    public Long getCompanyId() {
        return companyId;
    }

    public void setCompanyId(Long companyId) {
        this.companyId = companyId;
    }

    public String getParentCode() {
        return parentCode;
    }

    public void setParentCode(String parentCode) {
        this.parentCode = parentCode;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public TaskKind getDefaultKind() {
        return defaultKind;
    }

    public void setDefaultKind(TaskKind defaultKind) {
        this.defaultKind = defaultKind;
    }

    public SlaTier getDefaultTier() {
        return defaultTier;
    }

    public void setDefaultTier(SlaTier defaultTier) {
        this.defaultTier = defaultTier;
    }

    public LocationKind getLocation() {
        return location;
    }

    public void setLocation(LocationKind location) {
        this.location = location;
    }

    public Department getDepartment() {
        return department;
    }

    public void setDepartment(Department department) {
        this.department = department;
    }

    public Integer getWarrantyMonths() {
        return warrantyMonths;
    }

    public void setWarrantyMonths(Integer warrantyMonths) {
        this.warrantyMonths = warrantyMonths;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getRuleCategory() {
        return ruleCategory;
    }

    public void setRuleCategory(String ruleCategory) {
        this.ruleCategory = ruleCategory;
    }

    public LocationKind getRuleLocation() {
        return ruleLocation;
    }

    public void setRuleLocation(LocationKind ruleLocation) {
        this.ruleLocation = ruleLocation;
    }

    public Department getRuleDepartment() {
        return ruleDepartment;
    }

    public void setRuleDepartment(Department ruleDepartment) {
        this.ruleDepartment = ruleDepartment;
    }
}
