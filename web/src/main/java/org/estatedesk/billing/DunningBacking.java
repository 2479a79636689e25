package org.estatedesk.billing;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateService;
import org.estatedesk.servicedesk.Task;
import org.estatedesk.shared.BusinessException;
import org.estatedesk.shared.FacesMessages;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.PagedModel;
import org.estatedesk.shared.Roles;

/**
 * Dunning (催缴, R4.6): the dunning list from the arrears (issue cases for an estate or one unit) and the cases with
 * their steps, the stop-service request and the manager's decision, in one page.
 */
@Named
@ViewScoped
public class DunningBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String FORM = "form";

    @EJB
    DunningService service;

    @EJB
    StopServiceRequests stops;

    @EJB
    EstateService estateService;

    private List<Estate> estates = List.of();
    private Long estateId;
    private int minDaysOverdue;
    private DunningCase.State state;
    private boolean activeOnly = true;
    private boolean showCases;
    private Integer activeTab;
    private DunningService.CaseDetail detail;
    private DunningStep.Kind kind = DunningStep.Kind.REMINDER;
    private LocalDate doneOn;
    private String outcome;
    private boolean override;
    private final PagedModel<DunningRepository.Arrears> arrears = new PagedModel<>(this::arrearsPage,
            DunningRepository.Arrears::unitId);
    private final PagedModel<DunningService.CaseRow> cases = new PagedModel<>(this::casesPage,
            r -> r.dunningCase().getId());

    @PostConstruct
    void init() {
        estates = estateService.visibleEstates();
    }

    private Page<DunningRepository.Arrears> arrearsPage(PagedModel.Request r) {
        return service.arrears(estateId, minDaysOverdue, new PageRequest(r.first() / r.size(), r.size()));
    }

    private Page<DunningService.CaseRow> casesPage(PagedModel.Request r) {
        return service.cases(state, estateId, activeOnly, new PageRequest(r.first() / r.size(), r.size()));
    }

    public void search() {
        arrears.restart("form:tabs:arrears");
        cases.restart("form:tabs:cases");
    }

    /** Issues the dunning list of the chosen estate: a case for every unit in arrears without one. */
    public void issueAll() {
        if (estateId == null) {
            FacesMessages.error("dunning.chooseEstate");
            return;
        }
        issue(null);
    }

    public void issue(Long unitId) {
        List<DunningCase> opened = service.issue(unitId == null ? estateId : null,
                unitId == null ? null : List.of(unitId), minDaysOverdue);
        FacesMessages.info("dunning.issued", opened.size());
        search();
    }

    public void open(long caseId) {
        detail = service.detail(caseId);
        kind = allowedKinds().isEmpty() ? null : allowedKinds().get(0);
        doneOn = null;
        outcome = null;
        override = false;
    }

    public void record() {
        act(() -> service.record(id(), kind, doneOn, outcome, override, version()), "dunning.recorded");
    }

    public void requestStop() {
        act(() -> stops.requestStop(id(), outcome, version()), "dunning.stopRequested");
    }

    public void approve() {
        act(() -> stops.decideStop(id(), DunningCase.Decision.APPROVE, outcome, version()), "dunning.decided");
    }

    public void reject() {
        act(() -> stops.decideStop(id(), DunningCase.Decision.REJECT, outcome, version()), "dunning.decided");
    }

    public void close() {
        act(() -> service.close(id(), outcome, version()), "dunning.closedDone");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            FacesMessages.info(done);
            open(id());
            search();
        } catch (BusinessException e) {
            open(id());
            throw e;
        }
    }

    private long id() {
        return detail.dunningCase().getId();
    }

    private int version() {
        return detail.dunningCase().getVersion();
    }

    /** The steps the case's state allows to record by hand. */
    /** The steps the case allows by hand now (the domain's rules: {@link DunningCase#allows}). */
    public List<DunningStep.Kind> allowedKinds() {
        if (detail == null) {
            return List.of();
        }
        return Arrays.stream(DunningStep.Kind.values()).filter(DunningStep.Kind::manual)
                .filter(k -> detail.dunningCase().allows(k, isManager(), detail.rent())).toList();
    }

    public boolean canRequestStop() {
        return detail != null && detail.dunningCase().getState() == DunningCase.State.NOTICE_POSTED;
    }

    public boolean canDecide() {
        return detail != null && detail.dunningCase().getState() == DunningCase.State.STOP_REQUESTED
                && role(Roles.CS_MANAGER)
                && !FacesContext.getCurrentInstance().getExternalContext().getRemoteUser()
                        .equals(detail.dunningCase().getStopRequestedBy());
    }

    public boolean canClose() {
        return detail != null && detail.dunningCase().isActive()
                && detail.dunningCase().getState() != DunningCase.State.SERVICE_STOPPED && isManager();
    }

    public boolean canIssue() {
        return role(Roles.FINANCE) || role(Roles.CS_MANAGER) || role(Roles.ADMIN);
    }

    public boolean canWork() {
        return role(Roles.FINANCE) || role(Roles.CS_ASSISTANT) || isManager();
    }

    public boolean isManager() {
        return role(Roles.CS_MANAGER) || role(Roles.ADMIN);
    }

    private static boolean role(String r) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(r);
    }

    public String taskNumberOf(Long taskId) {
        return taskId == null ? "" : Task.numberOf(taskId);
    }

    public String estateName(long id) {
        return estates.stream().filter(e -> e.getId() == id).map(Estate::getName).findFirst().orElse("");
    }

    public PagedModel<DunningRepository.Arrears> getArrears() {
        return arrears;
    }

    public PagedModel<DunningService.CaseRow> getCases() {
        return cases;
    }

    public DunningService.CaseDetail getDetail() {
        return detail;
    }

    public List<Estate> getEstates() {
        return estates;
    }

    public DunningCase.State[] getStates() {
        return DunningCase.State.values();
    }

    public Long getEstateId() {
        return estateId;
    }

    public void setEstateId(Long estateId) {
        this.estateId = estateId;
    }

    public int getMinDaysOverdue() {
        return minDaysOverdue;
    }

    public void setMinDaysOverdue(int minDaysOverdue) {
        this.minDaysOverdue = minDaysOverdue;
    }

    public DunningCase.State getState() {
        return state;
    }

    public void setState(DunningCase.State state) {
        this.state = state;
    }

    /** The cases tab when the page is opened for cases (from the workbench) or a case state. */
    public int getActiveTab() {
        return activeTab != null ? activeTab : showCases || state != null ? 1 : 0;
    }

    public void setActiveTab(int activeTab) {
        this.activeTab = activeTab;
    }

    public boolean isShowCases() {
        return showCases;
    }

    public void setShowCases(boolean showCases) {
        this.showCases = showCases;
    }

    public boolean isActiveOnly() {
        return activeOnly;
    }

    public void setActiveOnly(boolean activeOnly) {
        this.activeOnly = activeOnly;
    }

    public DunningStep.Kind getKind() {
        return kind;
    }

    public void setKind(DunningStep.Kind kind) {
        this.kind = kind;
    }

    public LocalDate getDoneOn() {
        return doneOn;
    }

    public void setDoneOn(LocalDate doneOn) {
        this.doneOn = doneOn;
    }

    /** A manager may record a step out of the procedure's order (R4.6), logged. */
    public boolean canOverride() {
        return role(Roles.CS_MANAGER) || role(Roles.ADMIN);
    }

    public boolean isOverride() {
        return override;
    }

    public void setOverride(boolean override) {
        this.override = override;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }
}
