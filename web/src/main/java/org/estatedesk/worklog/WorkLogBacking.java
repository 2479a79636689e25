package org.estatedesk.worklog;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.FacesMessages;

/** My work log (R6.4): a week, day by day, and the dialog that writes or changes one day. */
@Named
@ViewScoped
public class WorkLogBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @EJB
    WorkLogService service;

    private IsoWeek week;
    private List<DayRow> days = List.of();
    private WorkLogReview review;

    private LocalDate date;
    private String workDone;
    private String pending;
    private BigDecimal hours;
    private Integer version;

    @PostConstruct
    void init() {
        week = IsoWeek.of(java.time.LocalDate.now(clock.withZone(zones.zone())));
        load();
    }

    public void load() {
        WorkLogService.Entries e = service.entries(null, null, week.monday(), week.sunday());
        review = e.reviews().stream().filter(r -> r.getIsoWeek().equals(week.toString())).findFirst().orElse(null);
        LocalDate today = java.time.LocalDate.now(clock.withZone(zones.zone()));
        List<DayRow> rows = new ArrayList<>();
        for (LocalDate d = week.monday(); !d.isAfter(week.sunday()); d = d.plusDays(1)) {
            LocalDate day = d;
            WorkLog entry = e.entries().stream().filter(w -> w.getDate().equals(day)).findFirst().orElse(null);
            rows.add(new DayRow(d, entry, review != null, d.isAfter(today)));
        }
        days = rows;
    }

    public void previous() {
        week = week.previous();
        load();
    }

    public void next() {
        week = week.next();
        load();
    }

    public void prepare(DayRow row) {
        date = row.date();
        WorkLog w = row.entry();
        workDone = w == null ? null : w.getWorkDone();
        pending = w == null ? null : w.getPending();
        hours = w == null ? null : w.getHours();
        version = w == null ? null : w.getVersion();
    }

    public void save() {
        service.write(date, workDone, pending, hours, version);
        FacesMessages.info("worklog.saved", date);
        load();
    }

    public String getWeek() {
        return week.toString();
    }

    public LocalDate getMonday() {
        return week.monday();
    }

    public LocalDate getSunday() {
        return week.sunday();
    }

    public List<DayRow> getDays() {
        return days;
    }

    public WorkLogReview getReview() {
        return review;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getWorkDone() {
        return workDone;
    }

    public void setWorkDone(String workDone) {
        this.workDone = workDone;
    }

    public String getPending() {
        return pending;
    }

    public void setPending(String pending) {
        this.pending = pending;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }
}
