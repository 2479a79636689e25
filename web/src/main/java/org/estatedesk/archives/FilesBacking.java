package org.estatedesk.archives;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateService;
import org.estatedesk.shared.FacesMessages;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.PagedModel;
import org.estatedesk.shared.Roles;

/**
 * Archive files (R5.2) by estate, unit and kind; a new file (archive keeper); the borrowings, overdue ones first when
 * opened from the workbench ({@code ?overdue=true}), each taken back with a confirmation.
 */
@Named
@ViewScoped
public class FilesBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @EJB
    ArchiveService service;

    @EJB
    EstateService estateService;

    private List<Estate> estates = List.of();
    private Long estateId;
    private String unitCode;
    private ArchiveKind kind;
    private boolean overdue;
    private BorrowState borrowState = BorrowState.OUT;

    private Long formEstateId;
    private ArchiveKind formKind = ArchiveKind.OWNER;
    private String formUnitCode;
    private String formFileNo;
    private String formTitle;
    private String formLocation;

    private final PagedModel<ArchiveRepository.FileRow> files = new PagedModel<>(this::page, r -> r.file().getId());
    private final PagedModel<ArchiveRepository.BorrowRow> borrows = new PagedModel<>(this::borrowPage,
            r -> r.borrow().getId());

    @PostConstruct
    void init() {
        estates = estateService.visibleEstates();
    }

    private Page<ArchiveRepository.FileRow> page(PagedModel.Request r) {
        return service.files(estateId, null, unitCode, kind, new PageRequest(r.first() / r.size(), r.size()));
    }

    private Page<ArchiveRepository.BorrowRow> borrowPage(PagedModel.Request r) {
        return service.borrows(estateId, overdue ? null : borrowState, overdue, false,
                new PageRequest(r.first() / r.size(), r.size()));
    }

    public void search() {
        files.restart("form:files");
        borrows.restart("form:borrows");
    }

    public void startCreate() {
        formEstateId = estateId != null ? estateId : estates.isEmpty() ? null : estates.get(0).getId();
        formKind = ArchiveKind.OWNER;
        formUnitCode = null;
        formFileNo = null;
        formTitle = null;
        formLocation = null;
    }

    public void create() {
        ArchiveFile f = service.createFile(formEstateId, formKind, null, formUnitCode, formFileNo, formTitle,
                formLocation);
        FacesMessages.info("archive.created", f.getFileNo());
        search();
    }

    public void returnBorrow(ArchiveRepository.BorrowRow row) {
        service.returnBorrow(row.borrow().getId(), row.borrow().getVersion());
        FacesMessages.info("archiveBorrow.returned");
        search();
    }

    public boolean isKeeper() {
        var ctx = FacesContext.getCurrentInstance().getExternalContext();
        return ctx.isUserInRole(Roles.ARCHIVE_KEEPER) || ctx.isUserInRole(Roles.ADMIN);
    }

    public boolean overdue(ArchiveRepository.BorrowRow row) {
        return row.borrow().isOverdue(OffsetDateTime.now(clock));
    }

    public PagedModel<ArchiveRepository.FileRow> getFiles() {
        return files;
    }

    public PagedModel<ArchiveRepository.BorrowRow> getBorrows() {
        return borrows;
    }

    public List<Estate> getEstates() {
        return estates;
    }

    public ArchiveKind[] getKinds() {
        return ArchiveKind.values();
    }

    public BorrowState[] getBorrowStates() {
        return BorrowState.values();
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

    public ArchiveKind getKind() {
        return kind;
    }

    public void setKind(ArchiveKind kind) {
        this.kind = kind;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public BorrowState getBorrowState() {
        return borrowState;
    }

    public void setBorrowState(BorrowState borrowState) {
        this.borrowState = borrowState;
    }

    public Long getFormEstateId() {
        return formEstateId;
    }

    public void setFormEstateId(Long formEstateId) {
        this.formEstateId = formEstateId;
    }

    public ArchiveKind getFormKind() {
        return formKind;
    }

    public void setFormKind(ArchiveKind formKind) {
        this.formKind = formKind;
    }

    public String getFormUnitCode() {
        return formUnitCode;
    }

    public void setFormUnitCode(String formUnitCode) {
        this.formUnitCode = formUnitCode;
    }

    public String getFormFileNo() {
        return formFileNo;
    }

    public void setFormFileNo(String formFileNo) {
        this.formFileNo = formFileNo;
    }

    public String getFormTitle() {
        return formTitle;
    }

    public void setFormTitle(String formTitle) {
        this.formTitle = formTitle;
    }

    public String getFormLocation() {
        return formLocation;
    }

    public void setFormLocation(String formLocation) {
        this.formLocation = formLocation;
    }
}
