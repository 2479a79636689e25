package org.estatedesk.workbench;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.estatedesk.organisation.Announcement;
import org.estatedesk.organisation.AnnouncementService;

/** The workbench (R6.1): the announcements in force and the counts of everything waiting, read once per view. */
@Named
@ViewScoped
public class WorkbenchBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    WorkbenchService workbench;

    @EJB
    AnnouncementService announcements;

    private List<WorkbenchCount> counts = List.of();
    private List<Announcement> current = List.of();

    @PostConstruct
    void init() {
        counts = workbench.counts();
        current = announcements.current();
    }

    public List<WorkbenchCount> getCounts() {
        return counts;
    }

    public List<Announcement> getAnnouncements() {
        return current;
    }
}
