package org.estatedesk.passes;

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
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.FacesMessages;
import org.estatedesk.shared.PageRequest;

/** The passes page (R3.6): passes by kind and state, the overdue and expiring ones, issue and return. */
@Named
@ViewScoped
public class PassesBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @EJB
    PassService service;

    @EJB
    EstateService estateService;

    private List<Estate> estates = List.of();
    private Pass.Kind kind;
    private Pass.State state = Pass.State.ISSUED;
    private boolean endingSoon;
    private List<Pass> rows = List.of();

    private Pass selected;
    private List<PassAttachment.Info> attachments = List.of();
    private PassAttachment.Kind attachmentKind = PassAttachment.Kind.IDENTITY_COPY;

    private final UnitCodeInput unitInput = new UnitCodeInput();
    private Pass.Kind newKind = Pass.Kind.WORKER;
    private String holderName;
    private String idNumber;
    private String employer;
    private String certificateNo;
    private String goods;
    private String confirmedByOwner;
    private LocalDate validFrom;
    private LocalDate validTo;

    @PostConstruct
    void init() {
        estates = estateService.visibleEstates();
        search();
    }

    /** The list; "ending soon" shows the issued passes overdue or ending within 7 days. */
    public void search() {
        rows = service.passes(null, kind, endingSoon ? null : state, endingSoon ? 7 : null, new PageRequest(0, 200))
                .items();
    }

    public void prepare() {
        unitInput.start(estates);
        newKind = Pass.Kind.WORKER;
        holderName = null;
        idNumber = null;
        employer = null;
        certificateNo = null;
        goods = null;
        confirmedByOwner = null;
        validFrom = LocalDate.now(clock.withZone(zones.zone()));
        validTo = null;
    }

    public void issue() {
        Pass p = service.issue(unit(), newKind, holderName, idNumber, employer, certificateNo, goods,
                confirmedByOwner, validFrom, validTo);
        FacesMessages.info(p.getKind() == Pass.Kind.WORKER ? "pass.issuedWithFees" : "pass.issued", p.getNumber());
        search();
    }

    public void giveBack(Pass p) {
        service.giveBack(p.getId(), p.getVersion());
        FacesMessages.info(p.getKind() == Pass.Kind.WORKER ? "pass.returnedDeposit" : "pass.returned",
                p.getNumber());
        search();
    }

    private long unit() {
        return unitInput.unit(estateService).getId();
    }

    /** Opens a pass's copies (R3.6: a hot-work permit's certificate and identity copies are archived with it). */
    public void openAttachments(Pass p) {
        selected = p;
        attachmentKind = p.getKind() == Pass.Kind.HOT_WORK ? PassAttachment.Kind.WELDING_CERTIFICATE
                : PassAttachment.Kind.IDENTITY_COPY;
        attachments = service.attachments(p.getId());
    }

    public void upload(org.primefaces.event.FileUploadEvent event) {
        org.primefaces.model.file.UploadedFile file = event.getFile();
        service.attach(selected.getId(), attachmentKind, file.getFileName(), file.getContentType(),
                file.getContent());
        FacesMessages.info("pass.attached", file.getFileName(), selected.getNumber());
        attachments = service.attachments(selected.getId());
    }

    public org.primefaces.model.StreamedContent download(PassAttachment.Info info) {
        org.estatedesk.shared.StoredFile f = service.attachment(selected.getId(), info.id()).getFile();
        byte[] bytes = f.getContent();
        return org.primefaces.model.DefaultStreamedContent.builder().name(f.getFileName())
                .contentType(f.getContentType()).contentLength((long) bytes.length)
                .stream(() -> new java.io.ByteArrayInputStream(bytes)).build();
    }

    public Pass getSelected() {
        return selected;
    }

    public List<PassAttachment.Info> getAttachments() {
        return attachments;
    }

    public PassAttachment.Kind[] getAttachmentKinds() {
        return PassAttachment.Kind.values();
    }

    public PassAttachment.Kind getAttachmentKind() {
        return attachmentKind;
    }

    public void setAttachmentKind(PassAttachment.Kind attachmentKind) {
        this.attachmentKind = attachmentKind;
    }

    public boolean overdue(Pass p) {
        return p.isOverdue(LocalDate.now(clock.withZone(zones.zone())));
    }

    public List<Pass.Kind> getKinds() {
        return List.of(Pass.Kind.values());
    }

    public List<Pass.State> getStates() {
        return List.of(Pass.State.values());
    }

    public UnitCodeInput getUnitInput() {
        return unitInput;
    }

    public List<Estate> getEstates() {
        return estates;
    }

    public Pass.Kind getKind() {
        return kind;
    }

    public void setKind(Pass.Kind kind) {
        this.kind = kind;
    }

    public Pass.State getState() {
        return state;
    }

    public void setState(Pass.State state) {
        this.state = state;
    }

    public boolean isEndingSoon() {
        return endingSoon;
    }

    public void setEndingSoon(boolean endingSoon) {
        this.endingSoon = endingSoon;
    }

    public List<Pass> getRows() {
        return rows;
    }

    public Pass.Kind getNewKind() {
        return newKind;
    }

    public void setNewKind(Pass.Kind newKind) {
        this.newKind = newKind;
    }

    public String getHolderName() {
        return holderName;
    }

    public void setHolderName(String holderName) {
        this.holderName = holderName;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getEmployer() {
        return employer;
    }

    public void setEmployer(String employer) {
        this.employer = employer;
    }

    public String getCertificateNo() {
        return certificateNo;
    }

    public void setCertificateNo(String certificateNo) {
        this.certificateNo = certificateNo;
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

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }
}
