package org.estatedesk.relocation;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateService;
import org.estatedesk.estates.UnitCodeInput;
import org.estatedesk.estates.Unit;
import org.estatedesk.shared.BlockedException;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.FacesMessages;
import org.estatedesk.shared.PageRequest;

/**
 * The move-out page (R3.7): the relocations by state, a new application (refused with every blocking reason shown),
 * the goods release slip and the move. The manager approves in the approval inbox.
 */
@Named
@ViewScoped
public class RelocationsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @EJB
    RelocationService service;

    @EJB
    EstateService estateService;

    private List<Estate> estates = List.of();
    private Relocation.State state;
    private List<Relocation> rows = List.of();

    private final UnitCodeInput unitInput = new UnitCodeInput();
    private LocalDate date;
    private String reason;
    private List<BlockedException.Reason> blockers = List.of();

    private Relocation selected;
    private String goods;
    private String confirmedByOwner;

    @PostConstruct
    void init() {
        estates = estateService.visibleEstates();
        search();
    }

    public void search() {
        rows = service.relocations(state, null, new PageRequest(0, 100)).items();
    }

    public void prepare() {
        unitInput.start(estates);
        date = LocalDate.now(clock.withZone(zones.zone()));
        reason = null;
        blockers = List.of();
    }

    /** Applies; a refusal lists every reason in the dialog and at the top of the page. */
    public void apply() {
        try {
            service.apply(unit().getId(), date, reason);
            FacesMessages.info("relocation.applied");
            blockers = List.of();
            search();
        } catch (BlockedException e) {
            blockers = e.reasons();
            FacesMessages.error(e);
            blockers.forEach(r -> FacesMessages.error(r.messageKey(), r.arguments().toArray()));
        }
    }

    /** Checks the unit without applying. */
    public void check() {
        blockers = service.check(unit().getId());
        if (blockers.isEmpty()) {
            FacesMessages.info("relocation.checkOk");
        }
    }

    private Unit unit() {
        return unitInput.unit(estateService);
    }

    public String blockerText(BlockedException.Reason r) {
        return FacesMessages.text(r.messageKey(), r.arguments().toArray());
    }

    public void prepareSlip(Relocation r) {
        selected = r;
        goods = null;
        confirmedByOwner = null;
    }

    public void release() {
        Relocation r = service.release(selected.getId(), goods, confirmedByOwner, selected.getVersion());
        FacesMessages.info("relocation.released", r.getSlipNumber());
        search();
    }

    public void complete(Relocation r) {
        service.complete(r.getId(), r.getVersion());
        FacesMessages.info("relocation.completed");
        search();
    }

    public List<Relocation.State> getStates() {
        return List.of(Relocation.State.values());
    }

    public UnitCodeInput getUnitInput() {
        return unitInput;
    }

    public List<Estate> getEstates() {
        return estates;
    }

    public Relocation.State getState() {
        return state;
    }

    public void setState(Relocation.State state) {
        this.state = state;
    }

    public List<Relocation> getRows() {
        return rows;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public List<BlockedException.Reason> getBlockers() {
        return blockers;
    }

    public Relocation getSelected() {
        return selected;
    }

    public String getGoods() {
        return goods;
    }

    public void setGoods(String goods) {
        this.goods = goods;
    }

    public String getConfirmedByOwner() {
        return confirmedByOwner;
    }

    public void setConfirmedByOwner(String confirmedByOwner) {
        this.confirmedByOwner = confirmedByOwner;
    }
}
