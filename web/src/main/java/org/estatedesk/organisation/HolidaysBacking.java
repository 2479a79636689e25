package org.estatedesk.organisation;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.FacesMessages;

/**
 * A company's calendar (R3.1's working days): the year's public holidays and the weekend days worked in exchange,
 * marked by range and removed one by one by the administrator.
 */
@Named
@ViewScoped
public class HolidaysBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @EJB
    ParameterService parameters;

    @EJB
    OrganisationService organisation;

    private List<OrgUnit> companies = List.of();
    private Long companyId;
    private int year;
    private List<Holiday> rows = List.of();
    private LocalDate from;
    private LocalDate to;
    private boolean working;
    private String name;

    @PostConstruct
    void init() {
        year = LocalDate.now(clock.withZone(zones.zone())).getYear();
        companies = organisation.companies();
        if (!companies.isEmpty()) {
            companyId = companies.get(0).getId();
        }
        FacesMessages.refusalShown(this::load);
    }

    public void load() {
        rows = List.of(); // nothing shown when the read is refused
        rows = companyId == null ? List.of() : parameters.holidays(companyId, year);
    }

    public void prepare() {
        from = null;
        to = null;
        working = false;
        name = null;
    }

    public void save() {
        List<Holiday> days = parameters.setHolidays(companyId, from, to, working, name);
        FacesMessages.info("holiday.saved", days.size(), name == null ? "" : name.trim());
        load();
    }

    public void remove(Holiday h) {
        parameters.removeHoliday(companyId, h.getDay());
        FacesMessages.info("holiday.removed", h.getDay());
        load();
    }

    public String weekday(Holiday h) {
        return h.getDay().getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT,
                jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public List<Integer> getYears() {
        int now = LocalDate.now(clock.withZone(zones.zone())).getYear();
        return IntStream.rangeClosed(now - 1, now + 1).boxed().toList();
    }

    public List<OrgUnit> getCompanies() {
        return companies;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public void setCompanyId(Long companyId) {
        this.companyId = companyId;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public List<Holiday> getRows() {
        return rows;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public boolean isWorking() {
        return working;
    }

    public void setWorking(boolean working) {
        this.working = working;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
