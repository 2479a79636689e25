package org.estatedesk.decoration;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateService;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.FacesMessages;
import org.estatedesk.shared.PageRequest;

/**
 * The decoration violations page (R3.4): the month's violation rate per estate against 3 ‰, the violations by
 * estate and state (open ones first by default, overdue notices marked), a violation found otherwise than on a
 * patrol, and each step — report, rectification notice (printable), fine, stop-service request, rectified, closed.
 */
@Named
@ViewScoped
public class ViolationsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @EJB
    ViolationService service;

    @EJB
    EstateService estateService;

    private List<Estate> estates = List.of();
    private final Map<Long, String> estateNames = new HashMap<>();
    private Long estateId;
    private DecorationViolation.State state;
    private boolean open = true;
    private boolean overdue;
    private List<DecorationViolation> rows = List.of();
    private List<ViolationService.Rate> rates = List.of();
    private YearMonth month;

    private DecorationViolation selected;
    private Long newEstateId;
    private String unitCode;
    private PatrolItem item;
    private String description;
    private boolean stoppedOnSite = true;
    private String comment;
    private LocalDate rectifyBy;
    private String requirement;
    private BigDecimal amount;

    @PostConstruct
    void init() {
        month = YearMonth.now(clock.withZone(zones.zone()));
        estates = estateService.visibleEstates();
        estates.forEach(e -> estateNames.put(e.getId(), e.getName()));
        search();
    }

    public void search() {
        rows = service.violations(estateId, null, null, state, open, overdue, new PageRequest(0, 500)).items();
        rates = service.rates(estateId == null ? estates.stream().map(Estate::getId).toList() : List.of(estateId),
                month);
    }

    public void prepareNew() {
        newEstateId = estateId != null ? estateId : estates.isEmpty() ? null : estates.get(0).getId();
        unitCode = null;
        item = null;
        description = null;
        stoppedOnSite = true;
    }

    public void record() {
        DecorationViolation v = service.record(estateService.unitByCode(newEstateId, unitCode).getId(), null,
                item, description, stoppedOnSite);
        FacesMessages.info("violation.recorded", v.getId(), v.getUnitCode());
        search();
    }

    /** Selects the row for a dialog (notice, fine, rectification) and clears the dialog's fields. */
    public void select(DecorationViolation v) {
        selected = v;
        comment = null;
        rectifyBy = LocalDate.now(clock.withZone(zones.zone())).plusDays(7);
        requirement = null;
        amount = null;
    }

    public void report(DecorationViolation v) {
        act(() -> service.report(v.getId(), null, v.getVersion()), "violation.reported");
    }

    public void issueNotice() {
        act(() -> service.issueNotice(selected.getId(), rectifyBy, requirement, selected.getVersion()),
                "violation.noticeIssued");
    }

    public void fine() {
        act(() -> service.fine(selected.getId(), amount, selected.getVersion()), "violation.fined");
    }

    /** The stop-service request: after the deadline, or before it with the owner's outright refusal (the comment). */
    public void requestStop() {
        act(() -> service.requestStop(selected.getId(), comment, selected.getVersion()), "violation.stopRequested");
    }

    public void rectified() {
        act(() -> service.rectified(selected.getId(), comment, selected.getVersion()), "violation.rectifiedDone");
    }

    public void close(DecorationViolation v) {
        act(() -> service.close(v.getId(), v.getVersion()), "violation.closed");
    }

    private void act(java.util.function.Supplier<DecorationViolation> action, String message) {
        DecorationViolation v = action.get();
        FacesMessages.info(message, v.getId(), v.getUnitCode(), v.getNoticeNumber() == null ? ""
                : v.getNoticeNumber());
        search();
    }

    public boolean overdue(DecorationViolation v) {
        return v.isOverdue(LocalDate.now(clock.withZone(zones.zone())));
    }

    public String estateName(long id) {
        return estateNames.getOrDefault(id, "");
    }

    public boolean isFinable(DecorationViolation v) {
        return v.getFineAmount() == null && switch (v.getState()) {
            case REPORTED, NOTICE_ISSUED, STOP_REQUESTED, SERVICE_STOPPED -> true;
            default -> false;
        };
    }

    public boolean isRectifiable(DecorationViolation v) {
        return v.getState() != DecorationViolation.State.RECTIFIED && v.getState().open();
    }

    public List<PatrolItem> getItems() {
        return java.util.Arrays.stream(PatrolItem.values()).filter(PatrolItem::violation).toList();
    }

    public List<DecorationViolation.State> getStates() {
        return List.of(DecorationViolation.State.values());
    }

    public BigDecimal getThreshold() {
        return ViolationService.THRESHOLD_PERMILLE;
    }

    public List<Estate> getEstates() {
        return estates;
    }

    public List<DecorationViolation> getRows() {
        return rows;
    }

    public List<ViolationService.Rate> getRates() {
        return rates;
    }

    public String getMonth() {
        return month.toString();
    }

    public DecorationViolation getSelected() {
        return selected;
    }

    public Long getEstateId() {
        return estateId;
    }

    public void setEstateId(Long estateId) {
        this.estateId = estateId;
    }

    public DecorationViolation.State getState() {
        return state;
    }

    public void setState(DecorationViolation.State state) {
        this.state = state;
    }

    public boolean isOpen() {
        return open;
    }

    public void setOpen(boolean open) {
        this.open = open;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public Long getNewEstateId() {
        return newEstateId;
    }

    public void setNewEstateId(Long newEstateId) {
        this.newEstateId = newEstateId;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public PatrolItem getItem() {
        return item;
    }

    public void setItem(PatrolItem item) {
        this.item = item;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isStoppedOnSite() {
        return stoppedOnSite;
    }

    public void setStoppedOnSite(boolean stoppedOnSite) {
        this.stoppedOnSite = stoppedOnSite;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public LocalDate getRectifyBy() {
        return rectifyBy;
    }

    public void setRectifyBy(LocalDate rectifyBy) {
        this.rectifyBy = rectifyBy;
    }

    public String getRequirement() {
        return requirement;
    }

    public void setRequirement(String requirement) {
        this.requirement = requirement;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }
}
