package org.estatedesk.archives;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.estatedesk.approvals.ApprovalService;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateRepository;
import org.estatedesk.estates.Unit;
import org.estatedesk.estates.UnitRepository;
import org.estatedesk.estates.UnitState;
import org.estatedesk.security.AppUser;
import org.estatedesk.security.CurrentUser;
import org.estatedesk.shared.AccessDeniedException;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.OperationLog;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.TimeFormat;
import org.estatedesk.shared.Validation;

/**
 * Archives (R5.2). Confidential: customer-service managers and supervisors, CS assistants, the engineering manager,
 * auditors, the archive keeper and administrators see the files and their items; the archive keeper and
 * administrators keep them and read the copies; anyone else of those reads copies only through a borrowing the
 * estate manager (a CS manager) approved, until its due time. Every change and every access is a line of the file's
 * history and of the operation log.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.CS_ASSISTANT, Roles.ARCHIVE_KEEPER,
    Roles.AUDITOR, Roles.ENGINEERING_MANAGER})
public class ArchiveService {
    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @Inject
    ArchiveRepository archives;

    @Inject
    EstateRepository estates;

    @Inject
    UnitRepository units;

    @EJB
    ApprovalService approvals;

    @Inject
    CallerContext caller;

    @Inject
    CurrentUser currentUser;

    @Inject
    OperationLog log;

    @Inject
    Validation validation;

    @Resource
    SessionContext context;

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** A new file; an owner's or unit's file without a number is numbered after its unit (YZ-/FW-unit code). */
    @RolesAllowed({Roles.ADMIN, Roles.ARCHIVE_KEEPER})
    public ArchiveFile createFile(Long estateId, ArchiveKind kind, Long unitId, String unitCode, String fileNo,
            String title, String location) {
        if (estateId == null) {
            throw new RuleViolationException("error.required", "estateId");
        }
        DataScope scope = caller.scope();
        Estate estate = estates.find(estateId, scope).orElseThrow(() -> new NotFoundException("estate", estateId));
        Unit unit = null;
        if (unitId != null) {
            unit = units.find(unitId, scope).filter(u -> u.getEstateId().equals(estate.getId()))
                    .orElseThrow(() -> new RuleViolationException("error.archive.unknownUnit", "unit", unitId));
        } else if (unitCode != null && !unitCode.isBlank()) {
            unit = units.byCodes(estate.getId(), List.of(unitCode.trim())).stream().findFirst()
                    .orElseThrow(() -> new RuleViolationException("error.archive.unknownUnit", "unit",
                            unitCode.trim()));
        }
        String number = fileNo == null || fileNo.isBlank()
                ? unit == null || kind == null ? null : (kind == ArchiveKind.OWNER ? "YZ-" : "FW-") + unit.getCode()
                : fileNo.trim();
        ArchiveFile file = new ArchiveFile(estate.getCompanyId(), estate.getId(), kind,
                unit == null ? null : unit.getId(), unit == null ? null : unit.getCode(),
                unit == null ? null : unit.getOwnerId(), number, title, location, caller.username(), now());
        validation.check(file);
        if (archives.fileNoExists(estate.getId(), file.getFileNo())) {
            throw new ConflictException("error.archive.fileNoTaken", file.getFileNo());
        }
        archives.store(file);
        event(file, null, ArchiveAction.CREATE, file.getKind() + " " + file.getFileNo() + " " + file.getTitle());
        return file;
    }

    @RolesAllowed({Roles.ADMIN, Roles.ARCHIVE_KEEPER})
    public ArchiveItem addItem(long fileId, DocumentType type, String title, String location, LocalDate expiresOn) {
        ArchiveFile file = file(fileId);
        ArchiveItem item = new ArchiveItem(file, type, title, location, expiresOn, caller.username(), now());
        archives.store(validation.check(item));
        event(file, item.getId(), ArchiveAction.ADD_ITEM, item.getDocType() + " " + item.getTitle()
                + (item.getLocation() == null ? "" : " @ " + item.getLocation())
                + (item.getExpiresOn() == null ? "" : ", expires " + item.getExpiresOn()));
        return item;
    }

    /** Changes an item; the history says what changed from what to what. */
    @RolesAllowed({Roles.ADMIN, Roles.ARCHIVE_KEEPER})
    public ArchiveItem changeItem(long fileId, long itemId, DocumentType type, String title, String location,
            LocalDate expiresOn, Integer version) {
        ArchiveFile file = file(fileId);
        ArchiveItem item = item(file, itemId);
        item.checkVersion(version);
        List<String> changes = item.change(type, title, location, expiresOn);
        validation.check(item);
        if (!changes.isEmpty()) {
            event(file, itemId, ArchiveAction.CHANGE_ITEM, String.join("; ", changes));
        }
        return item;
    }

    @RolesAllowed({Roles.ADMIN, Roles.ARCHIVE_KEEPER})
    public ArchiveItem removeItem(long fileId, long itemId, Integer version) {
        ArchiveFile file = file(fileId);
        ArchiveItem item = item(file, itemId);
        item.checkVersion(version);
        item.remove();
        event(file, itemId, ArchiveAction.REMOVE_ITEM, item.getDocType() + " " + item.getTitle());
        return item;
    }

    /** A scanned copy of an item, at most 5 MB. */
    @RolesAllowed({Roles.ADMIN, Roles.ARCHIVE_KEEPER})
    public ArchiveAttachment.Info attach(long fileId, long itemId, String fileName, String contentType,
            byte[] content) {
        ArchiveFile file = file(fileId);
        ArchiveItem item = item(file, itemId);
        if (item.isRemoved()) {
            throw new ConflictException("error.archive.itemRemoved", itemId);
        }
        ArchiveAttachment a = new ArchiveAttachment(item, fileName, contentType, content, caller.username(), now());
        archives.store(a);
        event(file, itemId, ArchiveAction.ATTACH, a.getFileName() + " " + a.getSize() + " B");
        return a.info();
    }

    /**
     * A copy, to read: the archive keeper and administrators always, anyone else only through his own granted
     * borrowing of the file (403 otherwise). Every reading is recorded.
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.CS_ASSISTANT, Roles.ARCHIVE_KEEPER,
        Roles.AUDITOR, Roles.ENGINEERING_MANAGER})
    public ArchiveAttachment attachment(long fileId, long attachmentId) {
        ArchiveFile file = file(fileId);
        if (!canRead(file)) {
            throw new AccessDeniedException("error.archive.noAccess");
        }
        ArchiveAttachment a = archives.attachment(file.getId(), attachmentId)
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        event(file, a.getItemId(), ArchiveAction.VIEW, a.getFileName());
        return a;
    }

    private boolean canRead(ArchiveFile file) {
        if (context.isCallerInRole(Roles.ARCHIVE_KEEPER) || context.isCallerInRole(Roles.ADMIN)) {
            return true;
        }
        String me = caller.username();
        OffsetDateTime now = now();
        return archives.borrowsOf(file.getId()).stream().anyMatch(b -> b.grants(me, now));
    }

    /**
     * Asks to borrow or read a file until {@code dueAt}: it waits for the estate manager's approval in the inbox;
     * an HQ inspection (group-wide users only, 403 for others) is granted at once. A paper file lent or promised
     * already is a 409.
     */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.CS_ASSISTANT, Roles.ARCHIVE_KEEPER,
        Roles.AUDITOR, Roles.ENGINEERING_MANAGER})
    public ArchiveBorrow requestBorrow(long fileId, BorrowKind kind, String purpose, OffsetDateTime dueAt,
            boolean hqInspection) {
        ArchiveFile file = file(fileId);
        AppUser me = currentUser.user();
        if (hqInspection && !me.isGroupAdmin()) {
            throw new AccessDeniedException("error.archive.hqOnly");
        }
        OffsetDateTime now = now();
        ArchiveBorrow b = new ArchiveBorrow(file, kind, me.getUsername(), purpose, dueAt, hqInspection, now);
        // two requests for the paper file at the same moment: the second waits for the first's lock on the file
        // and then finds its borrow (both were accepted before)
        if (b.getKind() == BorrowKind.BORROW && archives.byIdForUpdate(file.getId()).isPresent()
                && archives.borrowOpen(file.getId())) {
            throw new ConflictException("error.archive.fileOut", file.getFileNo());
        }
        archives.store(b);
        event(file, null, ArchiveAction.REQUEST, b.getKind() + " #" + b.getId() + " " + b.getPurpose() + ", due "
                + TimeFormat.MINUTE.format(b.getDueAt(), zones.zone(file.getCompanyId()))
                + (hqInspection ? " (HQ)" : ""));
        if (hqInspection) {
            event(file, null, ArchiveAction.LEND, b.getKind() + " #" + b.getId() + " HQ inspection");
        } else {
            approvals.start(ArchiveBorrow.FORM_TYPE, b.getId(), 1, file.getCompanyId(), file.getEstateId(),
                    List.of(ArchiveBorrow.APPROVAL), null);
        }
        return b;
    }

    /** The file came back to the archive keeper, or a reading ended. */
    @RolesAllowed({Roles.ADMIN, Roles.ARCHIVE_KEEPER})
    public ArchiveBorrow returnBorrow(long borrowId, Integer version) {
        ArchiveBorrow b = archives.borrow(borrowId, caller.scope())
                .orElseThrow(() -> new NotFoundException("archiveBorrow", borrowId));
        b.checkVersion(version);
        b.returned(caller.username(), now());
        ArchiveFile file = archives.byId(b.getFileId()).orElseThrow();
        event(file, null, ArchiveAction.RETURN, b.getKind() + " #" + b.getId() + " " + b.getBorrower());
        return b;
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.CS_ASSISTANT, Roles.ARCHIVE_KEEPER,
        Roles.AUDITOR, Roles.ENGINEERING_MANAGER})
    public ArchiveFile file(long id) {
        return archives.find(id, caller.scope()).orElseThrow(() -> new NotFoundException("archiveFile", id));
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.CS_ASSISTANT, Roles.ARCHIVE_KEEPER,
        Roles.AUDITOR, Roles.ENGINEERING_MANAGER})
    public ArchiveDetail detail(long id) {
        ArchiveFile file = file(id);
        return new ArchiveDetail(file, estates.byId(file.getEstateId()).map(Estate::getName).orElse(""),
                archives.items(id), archives.attachments(id), archives.borrowsOf(id), archives.events(id),
                canRead(file));
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.CS_ASSISTANT, Roles.ARCHIVE_KEEPER,
        Roles.AUDITOR, Roles.ENGINEERING_MANAGER})
    public Page<ArchiveRepository.FileRow> files(Long estateId, Long unitId, String unitCode, ArchiveKind kind,
            PageRequest page) {
        return archives.page(estateId, unitId, unitCode, kind, caller.scope(), page);
    }

    /** Borrowings by estate and state, or overdue; {@code mine}: the caller's own. */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.CS_ASSISTANT, Roles.ARCHIVE_KEEPER,
        Roles.AUDITOR, Roles.ENGINEERING_MANAGER})
    public Page<ArchiveRepository.BorrowRow> borrows(Long estateId, BorrowState state, boolean overdue, boolean mine,
            PageRequest page) {
        return archives.borrows(estateId, state, overdue, mine ? caller.username() : null, now(), caller.scope(),
                page);
    }

    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.CS_ASSISTANT, Roles.ARCHIVE_KEEPER,
        Roles.AUDITOR, Roles.ENGINEERING_MANAGER})
    public long countOverdue() {
        return archives.countOverdue(now(), caller.scope());
    }

    /** A company's required documents per unit state (its own company when none is named). */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR, Roles.CS_ASSISTANT, Roles.ARCHIVE_KEEPER,
        Roles.AUDITOR, Roles.ENGINEERING_MANAGER})
    public List<ArchiveRequirement> requirements(Long companyId) {
        return archives.requirements(caller.company(companyId));
    }

    /** Replaces the documents required in one unit state (administrators of the company). */
    @RolesAllowed({Roles.ADMIN, Roles.CS_MANAGER})
    public List<ArchiveRequirement> setRequirements(Long companyId, UnitState state, List<DocumentType> types) {
        if (state == null) {
            throw new RuleViolationException("error.required", "unitState");
        }
        long company = caller.company(companyId);
        archives.replaceRequirements(company, state, types == null ? List.of() : types);
        log.record("ARCHIVE_REQUIREMENTS", "archive_requirement", state, state + ": " + types, company);
        return archives.requirements(company);
    }

    private ArchiveItem item(ArchiveFile file, long itemId) {
        return archives.item(file.getId(), itemId).orElseThrow(() -> new NotFoundException("archiveItem", itemId));
    }

    private void event(ArchiveFile file, Long itemId, ArchiveAction action, String detail) {
        archives.store(new ArchiveEvent(file, itemId, action, caller.username(), detail, now()));
        log.record("ARCHIVE_" + action, "archive_file", file.getId(), detail, file.getCompanyId());
    }
}
