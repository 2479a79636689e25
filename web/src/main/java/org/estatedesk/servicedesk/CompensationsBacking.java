package org.estatedesk.servicedesk;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import org.estatedesk.shared.FacesMessages;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.PagedModel;
import org.estatedesk.shared.Roles;

/** The compensation register (R1.13): record, approve or reject (CS manager), mark paid (finance). */
@Named
@ViewScoped
public class CompensationsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    CompensationService service;

    private Compensation.State state;
    private String taskNumber;
    private String payee;
    private BigDecimal amount;
    private Bearer borneBy = Bearer.COMPANY;
    private String contractor;
    private String reason;
    private Compensation selected;
    private Compensation.Decision decision;
    private String comment;
    private final PagedModel<Compensation> rows = new PagedModel<>(this::page, Compensation::getId);

    private Page<Compensation> page(PagedModel.Request r) {
        return service.compensations(state, null, null, new PageRequest(r.first() / r.size(), r.size()));
    }

    public void search() {
        rows.restart("form:compensations");
    }

    public void prepareRequest() {
        payee = null;
        amount = null;
        borneBy = Bearer.COMPANY;
        contractor = null;
        reason = null;
    }

    public void request() {
        Compensation c = service.request(TaskNumbers.parse(taskNumber, "taskNumber"), null, payee, amount,
                borneBy, contractor, reason);
        FacesMessages.info("compensation.saved", c.getPayee(), c.getAmount().toPlainString());
        search();
    }

    public void prepareDecision(Compensation c, Compensation.Decision d) {
        selected = c;
        decision = d;
        comment = null;
    }

    public void decide() {
        Compensation c = service.decide(selected.getId(), decision, comment, selected.getVersion());
        FacesMessages.info("compensation.decided", c.getPayee(), FacesMessages.text("compensation.state."
                + c.getState()));
        search();
    }

    public void paid(Compensation c) {
        service.markPaid(c.getId(), c.getVersion());
        FacesMessages.info("compensation.paidDone", c.getPayee());
        search();
    }

    public boolean canDecide(Compensation c) {
        return c != null && c.getState() == Compensation.State.REQUESTED && (role(Roles.CS_MANAGER)
                || role(Roles.ADMIN));
    }

    public boolean canPay(Compensation c) {
        return c != null && c.getState() == Compensation.State.APPROVED && (role(Roles.FINANCE) || role(Roles.ADMIN));
    }

    private static boolean role(String r) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(r);
    }

    public String taskNumberOf(Long taskId) {
        return taskId == null ? "" : Task.numberOf(taskId);
    }

    public PagedModel<Compensation> getRows() {
        return rows;
    }

    public Compensation.State[] getStates() {
        return Compensation.State.values();
    }

    public Bearer[] getBearers() {
        return Bearer.values();
    }

    public Compensation.State getState() {
        return state;
    }

    public void setState(Compensation.State state) {
        this.state = state;
    }

    public String getTaskNumber() {
        return taskNumber;
    }

    public void setTaskNumber(String taskNumber) {
        this.taskNumber = taskNumber;
    }

    public String getPayee() {
        return payee;
    }

    public void setPayee(String payee) {
        this.payee = payee;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public Bearer getBorneBy() {
        return borneBy;
    }

    public void setBorneBy(Bearer borneBy) {
        this.borneBy = borneBy;
    }

    public String getContractor() {
        return contractor;
    }

    public void setContractor(String contractor) {
        this.contractor = contractor;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Compensation.Decision getDecision() {
        return decision;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
