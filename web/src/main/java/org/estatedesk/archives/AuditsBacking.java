package org.estatedesk.archives;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateService;
import org.estatedesk.shared.FacesMessages;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.PagedModel;
import org.estatedesk.shared.PdfDocument;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.Spreadsheet;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The archive-audit page (R5.3): the archive keeper or a manager starts an audit of chosen estates (confirmed);
 * progress and history like the billing run, restart after a failure; the chosen audit's findings by kind, estate
 * and state, a page at a time; closing a fixed finding with a comment; the report as Excel and PDF.
 */
@Named
@ViewScoped
public class AuditsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    ArchiveAudits audits;

    @EJB
    ArchiveAuditService report;

    @EJB
    EstateService estateService;

    @Inject
    AuditReport documents;

    private List<Estate> estates = List.of();
    private List<Long> estateIds = new ArrayList<>();
    private List<ArchiveAuditView> recent = List.of();
    private ArchiveAuditView selected;

    private AuditFindingKind kind;
    private Long findingEstateId;
    private FindingState findingState = FindingState.OPEN;

    private Long closingId;
    private Integer closingVersion;
    private String closingComment;

    private final PagedModel<ArchiveAuditRepository.Row> findings = new PagedModel<>(this::page,
            r -> r.finding().getId());

    @PostConstruct
    void init() {
        estates = estateService.visibleEstates();
        FacesMessages.refusalShown(this::refresh);
    }

    private Page<ArchiveAuditRepository.Row> page(PagedModel.Request r) {
        if (selected == null) {
            return new Page<>(List.of(), 0);
        }
        return report.findings(selected.id(), filter(), new PageRequest(r.first() / r.size(), r.size()));
    }

    private ArchiveAuditRepository.Filter filter() {
        return new ArchiveAuditRepository.Filter(kind, findingEstateId, findingState);
    }

    /** Reads the history again, and the chosen audit (the poll while one runs). */
    public void refresh() {
        recent = audits.recent(50);
        if (selected != null) {
            selected = audits.audit(selected.id());
        } else if (!recent.isEmpty()) {
            selected = recent.get(0);
        }
    }

    public void start() {
        Long company = estateIds.isEmpty() ? null : estates.stream().filter(e -> e.getId().equals(estateIds
                .get(0))).map(Estate::getCompanyId).findFirst().orElse(null);
        ArchiveAuditView v = audits.start(company, estateIds, null, null);
        FacesMessages.info("archiveAudit.started", v.id(), v.unitsTotal());
        selected = v;
        refresh();
        search();
    }

    public void select(long id) {
        selected = audits.audit(id);
        search();
    }

    public void restart(long id) {
        audits.restart(id);
        FacesMessages.info("archiveAudit.restarted", id);
        refresh();
    }

    /** Puts the findings table back on its first page (a filter or the chosen audit changed). */
    public void search() {
        findings.restart("form:findings");
    }

    public void startClosing(ArchiveAuditRepository.Row row) {
        closingId = row.finding().getId();
        closingVersion = row.finding().getVersion();
        closingComment = null;
    }

    public void close() {
        report.close(closingId, closingComment, closingVersion);
        FacesMessages.info("archiveAudit.closed", closingId);
        closingId = null;
        search();
    }

    public StreamedContent exportExcel() {
        long id = selected.id();
        Locale locale = FacesMessages.locale();
        List<ArchiveAuditRepository.Row> rows = report.allFindings(id, filter());
        return DefaultStreamedContent.builder().name(AuditReport.fileName(id, "xlsx")).contentType(Spreadsheet.XLSX)
                .writer(out -> documents.sheet(locale, rows, out)).build();
    }

    public StreamedContent exportPdf() {
        long id = selected.id();
        byte[] pdf = documents.pdf(selected.audit(), selected.state(), selected.job().endedAt(),
                report.allFindings(id, filter()));
        return DefaultStreamedContent.builder().name(AuditReport.fileName(id, "pdf"))
                .contentType(PdfDocument.MEDIA_TYPE).stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    public boolean isAnyRunning() {
        return recent.stream().anyMatch(ArchiveAuditView::running);
    }

    /** The archive keeper, CS managers and administrators start audits and close findings. */
    public boolean isKeeper() {
        var ctx = FacesContext.getCurrentInstance().getExternalContext();
        return ctx.isUserInRole(Roles.ARCHIVE_KEEPER) || ctx.isUserInRole(Roles.CS_MANAGER)
                || ctx.isUserInRole(Roles.ADMIN);
    }

    /** What a finding is about, in the page's language. */
    public String detail(ArchiveAuditFinding f) {
        return AuditReport.detail(FacesMessages.locale(), f);
    }

    public String subject(ArchiveAuditFinding f) {
        return AuditReport.subject(FacesMessages.locale(), f);
    }

    /** The audit's estates by name, the first three and how many more. */
    public String estateNames(ArchiveAuditView v) {
        List<Long> ids = v.estateIds();
        String names = String.join("、", ids.stream().limit(3).map(this::estateName).toList());
        return ids.size() > 3 ? names + " +" + (ids.size() - 3) : names;
    }

    public String estateName(long id) {
        return estates.stream().filter(e -> e.getId() == id).map(Estate::getName).findFirst().orElse("#" + id);
    }

    public List<Estate> getEstates() {
        return estates;
    }

    public List<Long> getEstateIds() {
        return estateIds;
    }

    public void setEstateIds(List<Long> estateIds) {
        this.estateIds = estateIds == null ? new ArrayList<>() : new ArrayList<>(estateIds);
    }

    /** The page opened for one estate ({@code ?estateId=}): the audit to start is of that estate. */
    public Long getEstateId() {
        return estateIds.size() == 1 ? estateIds.get(0) : null;
    }

    public void setEstateId(Long estateId) {
        if (estateId != null) {
            estateIds = new ArrayList<>(List.of(estateId));
        }
    }

    public List<ArchiveAuditView> getRecent() {
        return recent;
    }

    public ArchiveAuditView getSelected() {
        return selected;
    }

    public AuditFindingKind[] getKinds() {
        return AuditFindingKind.values();
    }

    public FindingState[] getFindingStates() {
        return FindingState.values();
    }

    public AuditFindingKind getKind() {
        return kind;
    }

    public void setKind(AuditFindingKind kind) {
        this.kind = kind;
    }

    public Long getFindingEstateId() {
        return findingEstateId;
    }

    public void setFindingEstateId(Long findingEstateId) {
        this.findingEstateId = findingEstateId;
    }

    public FindingState getFindingState() {
        return findingState;
    }

    public void setFindingState(FindingState findingState) {
        this.findingState = findingState;
    }

    public String getClosingComment() {
        return closingComment;
    }

    public void setClosingComment(String closingComment) {
        this.closingComment = closingComment;
    }

    public PagedModel<ArchiveAuditRepository.Row> getFindings() {
        return findings;
    }
}
