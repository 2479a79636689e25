package org.estatedesk.servicedesk;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateService;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.FacesMessages;
import org.estatedesk.shared.PageInputs;

/** Contractors (R1.14): register, scopes of works with warranties, and the monthly settlement. */
@Named
@ViewScoped
public class ContractorsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @EJB
    ContractorService service;

    @EJB
    EstateService estateService;

    @EJB
    IssueLibraryService library;

    private List<Estate> estates = List.of();
    private List<Contractor> contractors = List.of();
    private List<IssueCategory> categories = List.of();
    private Contractor selected;
    private List<ContractorScope> scopes = List.of();
    private Settlement settlement;

    private String name;
    private String contact;
    private String phone;
    private String email;
    private Long estateId;
    private String buildingCode;
    private String categoryCode;
    private LocalDate warrantyFrom;
    private Integer warrantyMonths;
    private Long changing;
    private Integer changeVersion;
    private LocalDate changeFrom;
    private Integer changeMonths;
    private String period;

    @PostConstruct
    void init() {
        period = YearMonth.now(clock.withZone(zones.zone())).toString();
        estates = estateService.visibleEstates();
        FacesMessages.refusalShown(() -> {
            contractors = service.contractors(null);
            categories = library.library(null);
        });
    }

    public void select(Contractor c) {
        selected = c;
        scopes = service.scopes(c.getId());
        settlement = null;
    }

    public void prepareRegister() {
        name = null;
        contact = null;
        phone = null;
        email = null;
    }

    public void register() {
        Contractor c = service.register(null, name, contact, phone, email);
        FacesMessages.info("contractor.saved", c.getName());
        contractors = service.contractors(null);
        select(c);
    }

    public void addScope() {
        service.addScope(selected.getId(), estateId == null ? 0 : estateId, buildingCode, categoryCode,
                warrantyFrom, warrantyMonths);
        FacesMessages.info("contractor.scopeSaved", categoryCode);
        scopes = service.scopes(selected.getId());
    }

    public void removeScope(ContractorScope s) {
        service.removeScope(selected.getId(), s.getId());
        FacesMessages.info("contractor.scopeRemoved");
        scopes = service.scopes(selected.getId());
    }

    /** Opens the warranty of a scope for correction (the dialog). */
    public void prepareChange(ContractorScope s) {
        changing = s.getId();
        changeVersion = s.getVersion();
        changeFrom = s.getWarrantyFrom();
        changeMonths = s.getWarrantyMonths();
    }

    public void changeScope() {
        ContractorScope s = service.changeScope(selected.getId(), changing == null ? 0 : changing, changeFrom,
                changeMonths, changeVersion);
        FacesMessages.info("contractor.scopeChanged", s.warrantyUntil());
        scopes = service.scopes(selected.getId());
    }

    public void settle() {
        settlement = service.settlement(selected.getId(), PageInputs.month(period, "period"));
    }

    public String estateName(Long id) {
        return estates.stream().filter(e -> e.getId().equals(id)).map(Estate::getName).findFirst().orElse("#" + id);
    }

    public String categoryCodeOf(Long id) {
        return categories.stream().filter(c -> c.getId().equals(id)).map(IssueCategory::getCode).findFirst()
                .orElse("#" + id);
    }

    public List<Estate> getEstates() {
        return estates;
    }

    public List<Contractor> getContractors() {
        return contractors;
    }

    public List<IssueCategory> getCategories() {
        return categories;
    }

    public Contractor getSelected() {
        return selected;
    }

    public List<ContractorScope> getScopes() {
        return scopes;
    }

    /** A settled task's category in the reader's language. */
    public String categoryName(Task t) {
        return settlement == null ? t.getCategoryCode() : settlement.categoryName(t, FacesMessages.locale());
    }

    public Settlement getSettlement() {
        return settlement;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getEstateId() {
        return estateId;
    }

    public void setEstateId(Long estateId) {
        this.estateId = estateId;
    }

    public String getBuildingCode() {
        return buildingCode;
    }

    public void setBuildingCode(String buildingCode) {
        this.buildingCode = buildingCode;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
        this.categoryCode = categoryCode;
    }

    public LocalDate getWarrantyFrom() {
        return warrantyFrom;
    }

    public void setWarrantyFrom(LocalDate warrantyFrom) {
        this.warrantyFrom = warrantyFrom;
    }

    public Integer getWarrantyMonths() {
        return warrantyMonths;
    }

    public void setWarrantyMonths(Integer warrantyMonths) {
        this.warrantyMonths = warrantyMonths;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public LocalDate getChangeFrom() {
        return changeFrom;
    }

    public void setChangeFrom(LocalDate changeFrom) {
        this.changeFrom = changeFrom;
    }

    public Integer getChangeMonths() {
        return changeMonths;
    }

    public void setChangeMonths(Integer changeMonths) {
        this.changeMonths = changeMonths;
    }
}
