package org.estatedesk.archives;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.FacesMessages;
import org.estatedesk.shared.Roles;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * One archive file (R5.2): its items (added, changed, removed with a confirmation by the archive keeper), scanned
 * copies (uploaded by the keeper, read by whoever may), borrowing requests and returns, and its history of changes
 * and accesses.
 */
@Named
@ViewScoped
public class FileBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @EJB
    ArchiveService service;

    private Long id;
    private ArchiveDetail detail;

    private Long itemId;
    private int itemVersion;
    private DocumentType docType = DocumentType.PURCHASE_CONTRACT;
    private String title;
    private String location;
    private LocalDate expiresOn;

    private Long uploadItemId;

    private BorrowKind borrowKind = BorrowKind.READ;
    private String purpose;
    private LocalDateTime dueAt;
    private boolean hqInspection;

    public void load() {
        if (id == null) {
            return;
        }
        detail = null; // nothing shown when the read is refused
        detail = service.detail(id);
        if (uploadItemId == null) {
            uploadItemId = detail.items().stream().filter(i -> !i.isRemoved()).map(ArchiveItem::getId)
                    .findFirst().orElse(null);
        }
    }

    public void startAdd() {
        itemId = null;
        docType = DocumentType.PURCHASE_CONTRACT;
        title = null;
        location = detail.file().getLocation();
        expiresOn = null;
    }

    public void startEdit(ArchiveItem item) {
        itemId = item.getId();
        itemVersion = item.getVersion();
        docType = item.getDocType();
        title = item.getTitle();
        location = item.getLocation();
        expiresOn = item.getExpiresOn();
    }

    public void saveItem() {
        if (itemId == null) {
            ArchiveItem i = service.addItem(id, docType, title, location, expiresOn);
            FacesMessages.info("archive.itemAdded", i.getTitle());
        } else {
            ArchiveItem i = service.changeItem(id, itemId, docType, title, location, expiresOn, itemVersion);
            FacesMessages.info("archive.itemChanged", i.getTitle());
        }
        load();
    }

    public void removeItem(ArchiveItem item) {
        service.removeItem(id, item.getId(), item.getVersion());
        FacesMessages.info("archive.itemRemoved", item.getTitle());
        load();
    }

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        if (uploadItemId == null) {
            throw new org.estatedesk.shared.RuleViolationException("error.required", "uploadItem");
        }
        service.attach(id, uploadItemId, file.getFileName(), file.getContentType(), file.getContent());
        FacesMessages.info("archive.uploaded", file.getFileName());
        load();
    }

    public StreamedContent download(ArchiveAttachment.Info info) {
        ArchiveAttachment a = service.attachment(id, info.id());
        byte[] bytes = a.getContent();
        return DefaultStreamedContent.builder().name(a.getFileName()).contentType(a.getContentType())
                .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public void startBorrow() {
        borrowKind = BorrowKind.READ;
        purpose = null;
        dueAt = LocalDateTime.now(clock.withZone(zones.zone())).plusDays(1).withSecond(0).withNano(0);
        hqInspection = false;
    }

    public void borrow() {
        ArchiveBorrow b = service.requestBorrow(id, borrowKind, purpose,
                dueAt == null ? null : dueAt.atZone(zones.zone()).toOffsetDateTime(), hqInspection);
        FacesMessages.info(b.getState() == BorrowState.OUT ? "archive.borrowGranted" : "archive.borrowRequested");
        load();
    }

    public void returnBorrow(ArchiveBorrow b) {
        service.returnBorrow(b.getId(), b.getVersion());
        FacesMessages.info("archiveBorrow.returned");
        load();
    }

    /** The title of the item a copy belongs to. */
    public String itemTitle(ArchiveAttachment.Info a) {
        return detail.items().stream().filter(i -> i.getId() == a.itemId()).map(i -> FacesMessages.text(
                "archive.docType." + i.getDocType()) + " · " + i.getTitle()).findFirst().orElse("");
    }

    public boolean expired(ArchiveItem item) {
        return item.isExpired(LocalDate.now(clock.withZone(zones.zone())));
    }

    public boolean overdue(ArchiveBorrow b) {
        return b.isOverdue(OffsetDateTime.now(clock));
    }

    public boolean isKeeper() {
        var ctx = FacesContext.getCurrentInstance().getExternalContext();
        return ctx.isUserInRole(Roles.ARCHIVE_KEEPER) || ctx.isUserInRole(Roles.ADMIN);
    }

    public boolean isHq() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.ADMIN);
    }

    public List<ArchiveItem> getLiveItems() {
        return detail == null ? List.of() : detail.items().stream().filter(i -> !i.isRemoved()).toList();
    }

    public DocumentType[] getDocTypes() {
        return DocumentType.values();
    }

    public BorrowKind[] getBorrowKinds() {
        return BorrowKind.values();
    }

    public boolean isEditing() {
        return itemId != null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ArchiveDetail getDetail() {
        return detail;
    }

    public DocumentType getDocType() {
        return docType;
    }

    public void setDocType(DocumentType docType) {
        this.docType = docType;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public Long getUploadItemId() {
        return uploadItemId;
    }

    public void setUploadItemId(Long uploadItemId) {
        this.uploadItemId = uploadItemId;
    }

    public BorrowKind getBorrowKind() {
        return borrowKind;
    }

    public void setBorrowKind(BorrowKind borrowKind) {
        this.borrowKind = borrowKind;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public LocalDateTime getDueAt() {
        return dueAt;
    }

    public void setDueAt(LocalDateTime dueAt) {
        this.dueAt = dueAt;
    }

    public boolean isHqInspection() {
        return hqInspection;
    }

    public void setHqInspection(boolean hqInspection) {
        this.hqInspection = hqInspection;
    }
}
