package org.estatedesk.worklog;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.FacesMessages;

/** The supervisor's team week (R6.4): each member's entries, the missing working days, and the weekly review. */
@Named
@ViewScoped
public class ReviewsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @EJB
    WorkLogService service;

    private IsoWeek week;
    private List<WeekRow> rows = List.of();
    private WeekRow selected;
    private String comment;

    @PostConstruct
    void init() {
        week = IsoWeek.of(java.time.LocalDate.now(clock.withZone(zones.zone())));
        load();
    }

    public void load() {
        rows = service.team(week);
    }

    public void previous() {
        week = week.previous();
        load();
    }

    public void next() {
        week = week.next();
        load();
    }

    public void prepare(WeekRow row) {
        selected = row;
        comment = null;
    }

    public void review() {
        service.review(selected.username(), week.toString(), comment);
        FacesMessages.info("worklog.reviewed", selected.displayName(), week);
        load();
    }

    public String getWeek() {
        return week.toString();
    }

    public List<WeekRow> getRows() {
        return rows;
    }

    public WeekRow getSelected() {
        return selected;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
