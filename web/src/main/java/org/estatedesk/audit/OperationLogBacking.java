package org.estatedesk.audit;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.FacesMessages;
import org.estatedesk.shared.Messages;
import org.estatedesk.shared.OperationLogEntry;
import org.estatedesk.shared.Outcome;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PagedModel;
import org.estatedesk.shared.Times;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The operation log (R0.8): filters, newest first, Excel export of up to 10,000 lines, and the change history
 * (Envers) of the record a line is about.
 */
@Named
@ViewScoped
public class OperationLogBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String TABLE = "form:log";
    private static final int EXPORT_MAX = 10_000;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    CompanyZones zones;

    @Inject
    Times times;

    @EJB
    AuditService audit;

    private String username;
    private String operation;
    private Outcome outcome;
    private LocalDateTime from;
    private LocalDateTime to;
    private String target;
    private final PagedModel<OperationLogEntry> model = new PagedModel<>(this::page, OperationLogEntry::getId);
    private List<ChangeRecord> history = List.of();
    private String historyTitle;
    private Map<String, String> targetNames = Map.of();

    private OperationLogQuery query() {
        return new OperationLogQuery(blank(username), blank(operation), outcome, at(from), at(to), blank(target));
    }

    private Page<OperationLogEntry> page(PagedModel.Request r) {
        Page<OperationLogEntry> page = audit.searchLog(query(), r.first(), r.size());
        targetNames = Map.of(); // nothing named when the read is refused
        targetNames = audit.targetNames(page.items());
        return page;
    }

    public void search() {
        model.restart(TABLE);
    }

    /** Whether a line's record has a change history to show. */
    public boolean hasHistory(OperationLogEntry e) {
        return e.getTargetId() != null && AuditService.HISTORY_TYPES.containsKey(e.getTargetType())
                && e.getTargetId().matches("\\d+");
    }

    public void showHistory(OperationLogEntry e) {
        history = List.of(); // nothing shown when the read is refused
        history = audit.history(e.getTargetType(), Long.parseLong(e.getTargetId()));
        historyTitle = target(e);
    }

    public StreamedContent export() {
        List<OperationLogEntry> rows = audit.searchLog(query(), 0, EXPORT_MAX).items();
        Map<String, String> names = audit.targetNames(rows);
        Locale locale = FacesMessages.locale();
        return DefaultStreamedContent.builder().name("operation-log.xlsx").contentType(XLSX)
                .writer(out -> write(rows, names, locale, out)).build();
    }

    private void write(List<OperationLogEntry> rows, Map<String, String> names, Locale locale, OutputStream out) {
        SXSSFWorkbook wb = new SXSSFWorkbook(500);
        try {
            Sheet sheet = wb.createSheet(Messages.format(locale, "menu.log"));
            String[] headers = {"log.at", "log.username", "log.address", "log.operation", "log.targetType",
                "log.targetId", "log.outcome", "log.detail"};
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                head.createCell(i).setCellValue(Messages.format(locale, headers[i]));
            }
            int r = 1;
            for (OperationLogEntry e : rows) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(times.second(e.getAt()));
                row.createCell(1).setCellValue(nz(e.getUsername()));
                row.createCell(2).setCellValue(nz(e.getAddress()));
                row.createCell(3).setCellValue(OperationNames.operation(locale, e.getOperation()));
                row.createCell(4).setCellValue(OperationNames.target(locale, e, names));
                row.createCell(5).setCellValue(nz(e.getTargetId()));
                row.createCell(6).setCellValue(Messages.format(locale, "log.outcome." + e.getOutcome()));
                row.createCell(7).setCellValue(nz(e.getDetail()));
            }
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            wb.dispose();
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private OffsetDateTime at(LocalDateTime t) {
        return t == null ? null : t.atZone(zones.zone()).toOffsetDateTime();
    }

    /** The operation's name in the reader's language. */
    public String operationName(String code) {
        return OperationNames.operation(FacesMessages.locale(), code);
    }

    /** The line's detail with the codes in it named ({@link OperationNames#detail}). */
    public String detail(OperationLogEntry e) {
        return OperationNames.detail(FacesMessages.locale(), e.getOperation(), e.getDetail());
    }

    /** The record a line is about, as a kind and its number or name. */
    public String target(OperationLogEntry e) {
        return OperationNames.target(FacesMessages.locale(), e, targetNames);
    }

    /** The operations the filter offers, by name. */
    public List<String> getOperations() {
        return OperationNames.operations(FacesMessages.locale());
    }

    public Outcome[] getOutcomes() {
        return Outcome.values();
    }

    public PagedModel<OperationLogEntry> getModel() {
        return model;
    }

    public List<ChangeRecord> getHistory() {
        return history;
    }

    public String getHistoryTitle() {
        return historyTitle;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(Outcome outcome) {
        this.outcome = outcome;
    }

    public LocalDateTime getFrom() {
        return from;
    }

    public void setFrom(LocalDateTime from) {
        this.from = from;
    }

    public LocalDateTime getTo() {
        return to;
    }

    public void setTo(LocalDateTime to) {
        this.to = to;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }
}
