package org.estatedesk.servicedesk;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateService;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.FacesMessages;
import org.estatedesk.shared.Messages;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.PagedModel;
import org.estatedesk.shared.TimeFormat;
import org.estatedesk.shared.Times;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The task list (R1.6, R6.1): filters by state, overdue, estate, mine and escalated, and the search of issue 20
 * (keyword, registration days, category, department, unit, order, rows per page) — each workbench count and each
 * statistics cell opens it with its filter in the URL, and a search puts its filters there too — or the callback list (R1.7) with {@code ?callbacks=true}; lazy pages; Excel.
 */
@Named
@ViewScoped
public class TasksBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String TABLE = "form:tasks";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int EXPORT_LIMIT = 20_000;

    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @Inject
    Times times;

    @EJB
    TaskService taskService;

    @EJB
    CallbackService callbackService;

    @EJB
    EstateService estateService;

    @EJB
    IssueLibraryService library;

    private List<Estate> estates = List.of();
    private TaskState state;
    private boolean overdue;
    private boolean openOnly;
    private boolean mine;
    private boolean escalated;
    private boolean myCustomers;
    private boolean callbacks;
    private boolean dueOnly;
    private Long estateId;
    private String q;
    private String from;
    private String to;
    private Long categoryId;
    private Department department;
    private String unit;
    private String sort;
    private int rows = 20;
    private List<IssueCategory> categories;
    private List<CallbackFigures> figures;
    private final PagedModel<TaskLine> tasks = new PagedModel<>(this::page, l -> l.task().getId());

    @PostConstruct
    void init() {
        estates = estateService.visibleEstates();
    }

    /**
     * Shows the list for the filters: the page again with the filters in its URL (view parameters), so that the
     * browser's back button and a copied link bring the same list.
     */
    public String search() {
        LocalDate first = day(from);
        LocalDate last = day(to);
        if (first != null && last != null && last.isBefore(first)) {
            FacesMessages.error("error.period.invalid");
            return null;
        }
        tasks.restart(TABLE);
        return "/servicedesk/tasks?faces-redirect=true&includeViewParams=true";
    }

    /** The caller's company's categories in tree order, for the category filter. */
    public List<IssueCategory> getCategories() {
        if (categories == null) {
            categories = List.of();
            categories = IssueCategory.inTreeOrder(library.library(null));
        }
        return categories;
    }

    /** A category's name in the page's language, indented under its parent. */
    public String categoryLabel(IssueCategory c) {
        return (c.getParentId() == null ? "" : "\u3000") + c.name(FacesMessages.locale());
    }

    public Department[] getDepartments() {
        return Department.values();
    }

    /** The orders offered, by their URL code ("" for newest first). */
    public List<String> getSorts() {
        return java.util.Arrays.stream(TaskSort.values()).map(o -> o.code() == null ? "" : o.code()).toList();
    }

    /** The message key of an order's name. */
    public String sortKey(String code) {
        return "tasks.sort." + (code == null || code.isEmpty() ? "newest" : code.replace("-", "desc."));
    }

    /** This month's callback figures per estate (R1.7), shown above the callback list. */
    public List<CallbackFigures> getFigures() {
        if (figures == null) {
            java.time.LocalDate today = LocalDate.now(clock.withZone(zones.zone()));
            figures = callbackService.callbackFigures(today.withDayOfMonth(1), today);
        }
        return figures;
    }

    private Page<TaskLine> page(PagedModel.Request r) {
        PageRequest request = new PageRequest(r.first() / r.size(), r.size());
        if (callbacks) {
            return callbackService.awaitingCallback(estateId, dueOnly, request);
        }
        TaskFilter f = filter();
        Page<TaskLine> found = taskService.tasks(f, request);
        countLimited = !f.search().exact(found.total());
        return found;
    }

    private boolean countLimited;

    /** Whether the search found more tasks than it counts ({@link TaskSearch#COUNT_LIMIT}): the page says so. */
    public boolean isCountLimited() {
        return countLimited;
    }

    private TaskFilter filter() {
        String me = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        TaskFilter f = new TaskFilter(state, overdue ? Boolean.TRUE : null, estateId, mine ? me : null,
                escalated ? Boolean.TRUE : null, null, null, false, myCustomers ? me : null);
        TaskSort order = TaskSort.of(sort);
        f = f.withSearch(taskService.search(q, day(from), day(to),
                categoryId, department, null, unit, order == null ? TaskSort.NEWEST : order));
        return openOnly ? f.withOpenOnly() : f;
    }

    /** Open tasks only (the workbench's counts open the list so: the number on the card is the rows shown). */
    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }

    public boolean isMyCustomers() {
        return myCustomers;
    }

    public void setMyCustomers(boolean myCustomers) {
        this.myCustomers = myCustomers;
    }

    /** Whether a row is overdue (R1.5); false for the header, which asks without a row. */
    public boolean late(Task t) {
        return t != null && t.isOverdue(OffsetDateTime.now(clock));
    }

    public boolean callbackDue(Task t) {
        return t != null && t.getCallbackDueAt() != null
                && !t.getCallbackDueAt().isAfter(OffsetDateTime.now(clock));
    }

    public String estateName(Long id) {
        return estates.stream().filter(e -> e.getId().equals(id)).map(Estate::getName).findFirst().orElse("#" + id);
    }

    /** The matching tasks as an Excel file (at most 20,000 rows). */
    public StreamedContent export() {
        List<TaskLine> rows = new ArrayList<>();
        for (int p = 0; rows.size() < EXPORT_LIMIT; p++) {
            Page<TaskLine> page = callbacks ? callbackService.awaitingCallback(estateId, dueOnly, new PageRequest(p, 500))
                    : taskService.tasks(filter(), new PageRequest(p, 500));
            rows.addAll(page.items());
            if (page.items().size() < 500) {
                break;
            }
        }
        Locale locale = FacesMessages.locale();
        return DefaultStreamedContent.builder().name(callbacks ? "callbacks.xlsx" : "tasks.xlsx").contentType(XLSX)
                .writer(out -> write(rows, locale, out)).build();
    }

    private void write(List<TaskLine> rows, Locale locale, OutputStream out) {
        ZoneId zone = times.zone();
        SXSSFWorkbook wb = new SXSSFWorkbook(500);
        try {
            Sheet sheet = wb.createSheet(Messages.format(locale, "tasks.title"));
            String[] headers = {"task.number", "tasks.estate", "task.kind", "task.category", "task.department",
                "task.tier", "task.dueAt", "task.state", "task.owner", "task.assignee", "task.escalation",
                "task.overdue", "task.createdAt", "task.where", "task.caller", "reception.phone",
                "reception.description"};
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                head.createCell(i).setCellValue(Messages.format(locale, headers[i]));
            }
            int r = 1;
            for (TaskLine line : rows) {
                Task t = line.task();
                TaskSite site = line.site();
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(t.getNumber());
                row.createCell(1).setCellValue(estateName(t.getEstateId()));
                row.createCell(2).setCellValue(Messages.format(locale, "task.kind." + t.getKind()));
                row.createCell(3).setCellValue(site.categoryName(locale));
                row.createCell(4).setCellValue(Messages.format(locale, "task.department." + t.getDepartment()));
                row.createCell(5).setCellValue(Messages.format(locale, "task.tier." + t.getTier()));
                row.createCell(6).setCellValue(TimeFormat.MINUTE.format(t.getDueAt(), zone));
                row.createCell(7).setCellValue(Messages.format(locale, "task.state." + t.getState()));
                row.createCell(8).setCellValue(t.getOwner());
                row.createCell(9).setCellValue(t.getAssignee() == null ? "" : t.getAssignee());
                row.createCell(10).setCellValue(Messages.format(locale, "task.escalation." + t.getEscalationLevel()));
                row.createCell(11).setCellValue(late(t) ? Messages.format(locale, "task.overdue") : "");
                row.createCell(12).setCellValue(TimeFormat.MINUTE.format(t.getCreatedAt(), zone));
                row.createCell(13).setCellValue(site.where() == null ? "" : site.where());
                row.createCell(14).setCellValue(site.callerName() == null ? "" : site.callerName());
                row.createCell(15).setCellValue(site.callerPhone() == null ? "" : site.callerPhone());
                row.createCell(16).setCellValue(site.description() == null ? "" : site.description());
            }
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            wb.dispose();
        }
    }

    public PagedModel<TaskLine> getTasks() {
        return tasks;
    }

    public List<Estate> getEstates() {
        return estates;
    }

    public TaskState[] getStates() {
        return TaskState.values();
    }

    public TaskState getState() {
        return state;
    }

    public void setState(TaskState state) {
        this.state = state;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }

    public boolean isEscalated() {
        return escalated;
    }

    public void setEscalated(boolean escalated) {
        this.escalated = escalated;
    }

    public boolean isCallbacks() {
        return callbacks;
    }

    public void setCallbacks(boolean callbacks) {
        this.callbacks = callbacks;
    }

    public boolean isDueOnly() {
        return dueOnly;
    }

    public void setDueOnly(boolean dueOnly) {
        this.dueOnly = dueOnly;
    }

    public Long getEstateId() {
        return estateId;
    }

    public void setEstateId(Long estateId) {
        this.estateId = estateId;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    /** The first registration day, {@code yyyy-MM-dd} in the URL. */
    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    /** The first day for the date picker. */
    public LocalDate getFromDate() {
        return day(from);
    }

    public void setFromDate(LocalDate d) {
        from = d == null ? null : d.toString();
    }

    public LocalDate getToDate() {
        return day(to);
    }

    public void setToDate(LocalDate d) {
        to = d == null ? null : d.toString();
    }

    private static LocalDate day(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public Department getDepartment() {
        return department;
    }

    public void setDepartment(Department department) {
        this.department = department;
    }

    /** A unit's code or its start. */
    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getSort() {
        return sort == null ? "" : sort;
    }

    public void setSort(String sort) {
        this.sort = sort == null || sort.isBlank() || TaskSort.of(sort) == null ? null : sort;
    }

    /** Rows per page: 20, 50 or 100. */
    public int getRows() {
        return rows;
    }

    public void setRows(int rows) {
        this.rows = rows == 50 || rows == 100 ? rows : 20;
    }

    /** Whether a filter besides estate and keyword is set: then a phone shows the filters unfolded. */
    public boolean isMoreFilters() {
        return from != null || to != null || categoryId != null || department != null || unit != null || sort != null
                || rows != 20 || state != null || overdue || openOnly || mine || escalated || myCustomers;
    }

    public List<Integer> getRowChoices() {
        return List.of(20, 50, 100);
    }
}
