package org.estatedesk.workbench;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.estatedesk.organisation.Announcement;
import org.estatedesk.organisation.AnnouncementService;

/**
 * The workbench (R6.1): what waits for the user as a to-do list, soonest due first, the announcements in force and
 * the overview's counts, read once per view.
 */
@Named
@ViewScoped
public class WorkbenchBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    WorkbenchService workbench;

    @EJB
    AnnouncementService announcements;

    private List<WorkbenchCount> counts = List.of();
    private List<ToDoItem> toDo = List.of();
    private List<Announcement> current = List.of();

    @PostConstruct
    void init() {
        toDo = workbench.toDo();
        counts = workbench.counts();
        current = announcements.current();
    }

    public List<WorkbenchCount> getCounts() {
        return counts;
    }

    public List<ToDoItem> getToDo() {
        return toDo;
    }

    /** How many of the to-do lines are past their time. */
    public long getOverdue() {
        return toDo.stream().filter(ToDoItem::overdue).count();
    }

    public List<Announcement> getAnnouncements() {
        return current;
    }
}
