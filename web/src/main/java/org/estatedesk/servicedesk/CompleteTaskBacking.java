package org.estatedesk.servicedesk;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.estatedesk.shared.CompanyZones;

/** The task page's work-order dialog: completing a task records the technician's visit. */
@Named
@ViewScoped
public class CompleteTaskBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CompanyZones zones;

    @EJB
    TaskService taskService;

    @Inject
    TaskBacking task;

    @Inject
    TaskPhotosBacking photos;

    private LocalDateTime arrivedAt;
    private String workDone;
    private String materials;
    private BigDecimal charge;
    private String signedOffBy;
    private String notSignedReason;
    private String signature;

    public void complete() {
        Task t = task.getTask();
        String technician = t.getAssignee() != null ? t.getAssignee()
                : FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
        WorkOrder order = new WorkOrder(technician, arrivedAt == null ? null
                : arrivedAt.atZone(zones.zone()).toOffsetDateTime(), workDone, materials, charge, signedOffBy,
                notSignedReason);
        task.run(() -> taskService.progress(task.getId(), TaskAction.COMPLETE, task.getComment(), order, t.getVersion()),
                TaskAction.COMPLETE);
        // the drawing is kept once the work order stands: a refused completion keeps no orphan signature
        photos.keepSignature(signature);
        signature = null;
        arrivedAt = null;
        workDone = null;
        materials = null;
        charge = null;
        signedOffBy = null;
        notSignedReason = null;
    }

    public String getSignature() {
        return signature;
    }

    public void setSignature(String signature) {
        this.signature = signature;
    }

    public String getNotSignedReason() {
        return notSignedReason;
    }

    public void setNotSignedReason(String notSignedReason) {
        this.notSignedReason = notSignedReason;
    }

    public LocalDateTime getArrivedAt() {
        return arrivedAt;
    }

    public void setArrivedAt(LocalDateTime arrivedAt) {
        this.arrivedAt = arrivedAt;
    }

    public String getWorkDone() {
        return workDone;
    }

    public void setWorkDone(String workDone) {
        this.workDone = workDone;
    }

    public String getMaterials() {
        return materials;
    }

    public void setMaterials(String materials) {
        this.materials = materials;
    }

    public BigDecimal getCharge() {
        return charge;
    }

    public void setCharge(BigDecimal charge) {
        this.charge = charge;
    }

    public String getSignedOffBy() {
        return signedOffBy;
    }

    public void setSignedOffBy(String signedOffBy) {
        this.signedOffBy = signedOffBy;
    }
}
