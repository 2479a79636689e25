package org.estatedesk.decoration;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateService;
import org.estatedesk.estates.Unit;
import org.estatedesk.shared.FacesMessages;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.PagedModel;

/** Decoration applications (R3.1): the list with its overdue decisions, and a new application at the front desk. */
@Named
@ViewScoped
public class ApplicationsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @EJB
    DecorationService service;

    @EJB
    EstateService estateService;

    private DecorationState state;
    private boolean overdueOnly;
    private List<Estate> estates = List.of();
    private Long estateId;
    private String unitCode;
    private String contractorName;
    private String plan;
    private List<Alteration> alterations = new ArrayList<>();
    private LocalDate startDate;
    private LocalDate endDate;
    private final PagedModel<DecorationApplication> rows = new PagedModel<>(this::page, DecorationApplication::getId);

    @PostConstruct
    public void init() {
        estates = estateService.visibleEstates();
        if (!estates.isEmpty()) {
            estateId = estates.get(0).getId();
        }
    }

    private Page<DecorationApplication> page(PagedModel.Request r) {
        return service.applications(state, null, null, overdueOnly, new PageRequest(r.first() / r.size(), r.size()));
    }

    public void search() {
        rows.restart("form:applications");
    }

    public void prepare() {
        unitCode = null;
        contractorName = null;
        plan = null;
        alterations = new ArrayList<>();
        startDate = null;
        endDate = null;
    }

    public void apply() {
        DecorationApplication a = service.apply(unit().getId(), contractorName, plan, alterations, startDate,
                endDate);
        FacesMessages.info("decoration.saved", a.getId(), FacesMessages.text("approval.step."
                + a.getCurrentStep()));
        search();
    }

    private Unit unit() {
        return estateService.unitByCode(estateId, unitCode);
    }

    public boolean overdue(DecorationApplication a) {
        return a.isOverdue(OffsetDateTime.now(clock));
    }

    public PagedModel<DecorationApplication> getRows() {
        return rows;
    }

    public DecorationState[] getStates() {
        return DecorationState.values();
    }

    public Alteration[] getAlterationChoices() {
        return Alteration.values();
    }

    public DecorationState getState() {
        return state;
    }

    public void setState(DecorationState state) {
        this.state = state;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public List<Estate> getEstates() {
        return estates;
    }

    public Long getEstateId() {
        return estateId;
    }

    public void setEstateId(Long estateId) {
        this.estateId = estateId;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public String getContractorName() {
        return contractorName;
    }

    public void setContractorName(String contractorName) {
        this.contractorName = contractorName;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public List<Alteration> getAlterations() {
        return alterations;
    }

    public void setAlterations(List<Alteration> alterations) {
        this.alterations = alterations;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }
}
