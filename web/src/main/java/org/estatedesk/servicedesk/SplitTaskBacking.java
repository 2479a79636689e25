package org.estatedesk.servicedesk;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.FacesMessages;
import org.estatedesk.shared.Times;

/**
 * The reception's second step: the registered reception is split into tasks, each with its kind, category,
 * location and service level; an escalated task is said so at once. The category is chosen with the
 * {@link CategoryPicker} (type-ahead, issue 20).
 */
@Named
@ViewScoped
public class SplitTaskBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CompanyZones zones;

    @Inject
    Times times;

    @EJB
    ReceptionService desk;

    @Inject
    ReceptionBacking page;

    private TaskKind kind;
    private ComplaintType complaintType;
    private String categoryCode;
    private LocationKind taskLocation;
    private SlaTier tier;
    private LocalDateTime dueAt;
    private boolean emergency;
    private String note;

    public void addTask() {
        if (page.getCategoryPicker().getSelected() != null) {
            categoryCode = page.getCategoryPicker().getSelectedCode();
        }
        Task t = desk.split(page.getReception().getId(), new TaskRequest(kind, complaintType, categoryCode,
                taskLocation, tier, dueAt == null ? null : dueAt.atZone(zones.zone()).toOffsetDateTime(), emergency,
                note));
        page.taskAdded();
        FacesMessages.info("task.added", t.getNumber(), FacesMessages.text("task.department." + t.getDepartment()),
                times.minute(t.getDueAt()));
        if (t.isEscalated()) {
            FacesMessages.error("task.escalatedNotice", t.getNumber(),
                    FacesMessages.text("task.escalation." + t.getEscalationLevel()));
        }
        kind = null;
        complaintType = null;
        categoryCode = null;
        page.getCategoryPicker().setSelected(null);
        taskLocation = null;
        tier = null;
        dueAt = null;
        emergency = false;
        note = null;
    }

    public TaskKind[] getKinds() {
        return TaskKind.values();
    }

    public ComplaintType[] getComplaintTypes() {
        return ComplaintType.values();
    }

    public LocationKind[] getLocations() {
        return new LocationKind[] {LocationKind.UNIT, LocationKind.PUBLIC_AREA, LocationKind.PUBLIC_FACILITY,
            LocationKind.OUTSIDE};
    }

    public SlaTier[] getTiers() {
        return SlaTier.values();
    }

    public TaskKind getKind() {
        return kind;
    }

    public void setKind(TaskKind kind) {
        this.kind = kind;
    }

    public ComplaintType getComplaintType() {
        return complaintType;
    }

    public void setComplaintType(ComplaintType complaintType) {
        this.complaintType = complaintType;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
        this.categoryCode = categoryCode;
    }

    public LocationKind getTaskLocation() {
        return taskLocation;
    }

    public void setTaskLocation(LocationKind taskLocation) {
        this.taskLocation = taskLocation;
    }

    public SlaTier getTier() {
        return tier;
    }

    public void setTier(SlaTier tier) {
        this.tier = tier;
    }

    public LocalDateTime getDueAt() {
        return dueAt;
    }

    public void setDueAt(LocalDateTime dueAt) {
        this.dueAt = dueAt;
    }

    public boolean isEmergency() {
        return emergency;
    }

    public void setEmergency(boolean emergency) {
        this.emergency = emergency;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
