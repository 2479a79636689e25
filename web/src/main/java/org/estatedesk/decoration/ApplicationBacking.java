package org.estatedesk.decoration;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.estatedesk.billing.PaymentMethod;
import org.estatedesk.shared.BusinessException;
import org.estatedesk.shared.FacesMessages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * One decoration application (R3.1): its plan, every round of approvals and its history; a rejected plan changed and
 * resubmitted; the permit issued once the owner confirmed the pressure test.
 */
@Named
@ViewScoped
public class ApplicationBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @EJB
    DecorationService service;

    @EJB
    ViolationService violationService;

    private List<DecorationPatrol> patrols = List.of();
    private List<DecorationViolation> violations = List.of();

    private Long id;
    private DecorationDetail detail;
    private String comment;
    private boolean pressureTestConfirmed;
    private BigDecimal managementFee;
    private BigDecimal deposit;
    private PaymentMethod refundMethod = PaymentMethod.CASH;
    private AttachmentKind attachmentKind = AttachmentKind.OWNER_IDENTITY;
    private DecorationPlanForm planForm = new DecorationPlanForm();

    public void load() {
        if (id == null) {
            return;
        }
        try {
            detail = service.detail(id);
            patrols = violationService.patrols(id);
            violations = violationService.violations(null, null, id, null, false, false,
                    new org.estatedesk.shared.PageRequest(0, 200)).items();
        } catch (BusinessException e) {
            detail = null;
            throw e;
        }
    }

    public void prepareResubmit() {
        planForm = DecorationPlanForm.of(detail.application());
        comment = null;
    }

    public void resubmit() {
        DecorationPlanForm f = planForm;
        DecorationApplication a = service.resubmit(id, f.getContractorName(), f.getPlan(), f.getAlterations(),
                f.getStartDate(), f.getEndDate(), comment, detail.application().getVersion());
        FacesMessages.info("decoration.resubmitted", a.getRound());
        load();
    }

    public void chargeFees() {
        DecorationApplication a = service.chargeFees(id, pressureTestConfirmed, managementFee, deposit,
                detail.application().getVersion());
        FacesMessages.info("decoration.feesCharged", a.getManagementFee().toPlainString(),
                a.getDeposit().toPlainString());
        load();
    }

    public void issuePermit() {
        DecorationApplication a = service.issuePermit(id, detail.application().getVersion());
        FacesMessages.info("decoration.permitIssued", a.getPermitNumber());
        load();
    }

    public List<DecorationPatrol> getPatrols() {
        return patrols;
    }

    public List<DecorationViolation> getViolations() {
        return violations;
    }

    /** Finance settles the deposit of an accepted decoration (R3.5). */
    public void settleDeposit() {
        service.settleDeposit(id, refundMethod, detail.application().getVersion());
        FacesMessages.info("decoration.depositSettled");
        load();
    }

    public List<PaymentMethod> getRefundMethods() {
        return java.util.Arrays.stream(PaymentMethod.values()).filter(PaymentMethod::takings).toList();
    }

    public PaymentMethod getRefundMethod() {
        return refundMethod;
    }

    public void setRefundMethod(PaymentMethod refundMethod) {
        this.refundMethod = refundMethod;
    }

    /** A document uploaded on the page (PrimeFaces' file upload), of the kind chosen beside it. */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        service.attach(id, attachmentKind, file.getFileName(), file.getContentType(), file.getContent());
        FacesMessages.info("decoration.attached", file.getFileName());
        load();
    }

    public StreamedContent download(AttachmentInfo info) {
        DecorationAttachment a = service.attachment(id, info.id());
        byte[] bytes = a.getContent();
        return DefaultStreamedContent.builder().name(a.getFileName()).contentType(a.getContentType())
                .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public AttachmentKind[] getAttachmentKinds() {
        return AttachmentKind.values();
    }

    public AttachmentKind getAttachmentKind() {
        return attachmentKind;
    }

    public void setAttachmentKind(AttachmentKind attachmentKind) {
        this.attachmentKind = attachmentKind;
    }

    public boolean isOverdue() {
        return detail != null && detail.application().isOverdue(OffsetDateTime.now(clock));
    }

    public DecorationPlanForm getPlanForm() {
        return planForm;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public DecorationDetail getDetail() {
        return detail;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public boolean isPressureTestConfirmed() {
        return pressureTestConfirmed;
    }

    public void setPressureTestConfirmed(boolean pressureTestConfirmed) {
        this.pressureTestConfirmed = pressureTestConfirmed;
    }

    public BigDecimal getManagementFee() {
        return managementFee;
    }

    public void setManagementFee(BigDecimal managementFee) {
        this.managementFee = managementFee;
    }

    public BigDecimal getDeposit() {
        return deposit;
    }

    public void setDeposit(BigDecimal deposit) {
        this.deposit = deposit;
    }
}
