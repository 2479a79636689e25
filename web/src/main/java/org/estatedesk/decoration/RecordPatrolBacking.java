package org.estatedesk.decoration;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.estatedesk.shared.FacesMessages;

/** The decoration page's patrol dialog (R3.3): the checklist items that failed, which open violations (R3.4). */
@Named
@ViewScoped
public class RecordPatrolBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    ViolationService violationService;

    @Inject
    ApplicationBacking page;

    private List<PatrolItem> failedItems = new ArrayList<>();
    private String patrolRemarks;

    public void preparePatrol() {
        failedItems = new ArrayList<>();
        patrolRemarks = null;
    }

    /** A patrol (R3.3): the failed checklist items open violations (R3.4). */
    public void patrol() {
        ViolationService.PatrolResult r = violationService.patrol(page.getId(), failedItems, patrolRemarks);
        if (r.violations().isEmpty()) {
            FacesMessages.info("patrol.recorded", r.patrol().getFailed().size());
        } else {
            FacesMessages.info("patrol.recordedViolations", r.violations().size());
        }
        page.load();
    }

    public List<PatrolItem> getPatrolItems() {
        return List.of(PatrolItem.values());
    }

    public List<PatrolItem> getFailedItems() {
        return failedItems;
    }

    public void setFailedItems(List<PatrolItem> failedItems) {
        this.failedItems = failedItems;
    }

    public String getPatrolRemarks() {
        return patrolRemarks;
    }

    public void setPatrolRemarks(String patrolRemarks) {
        this.patrolRemarks = patrolRemarks;
    }
}
