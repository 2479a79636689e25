package org.estatedesk.decoration;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateService;
import org.estatedesk.estates.UnitCodeInput;
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
    private final UnitCodeInput unitInput = new UnitCodeInput();
    private final PagedModel<DecorationApplication> rows = new PagedModel<>(this::page, DecorationApplication::getId);
    private DecorationPlanForm planForm = new DecorationPlanForm();

    @PostConstruct
    public void init() {
        estates = estateService.visibleEstates();
        unitInput.start(estates);
    }

    private Page<DecorationApplication> page(PagedModel.Request r) {
        return service.applications(state, null, null, overdueOnly, new PageRequest(r.first() / r.size(), r.size()));
    }

    public void search() {
        rows.restart("form:applications");
    }

    public void prepare() {
        unitInput.setUnitCode(null); // the estate chosen last stays
        planForm = new DecorationPlanForm();
    }

    public void apply() {
        DecorationPlanForm f = planForm;
        DecorationApplication a = service.apply(unit().getId(), f.getContractorName(), f.getPlan(), f.getAlterations(),
                f.getStartDate(), f.getEndDate());
        FacesMessages.info("decoration.saved", a.getId(), FacesMessages.text("approval.step."
                + a.getCurrentStep()));
        search();
    }

    private Unit unit() {
        return unitInput.unit(estateService);
    }

    public boolean overdue(DecorationApplication a) {
        return a.isOverdue(OffsetDateTime.now(clock));
    }

    public DecorationPlanForm getPlanForm() {
        return planForm;
    }

    public PagedModel<DecorationApplication> getRows() {
        return rows;
    }

    public DecorationState[] getStates() {
        return DecorationState.values();
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

    public UnitCodeInput getUnitInput() {
        return unitInput;
    }

    public List<Estate> getEstates() {
        return estates;
    }

}
