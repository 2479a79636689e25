package org.estatedesk.hotwater;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.estatedesk.archives.ArchiveFile;
import org.estatedesk.archives.ArchiveService;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateService;
import org.estatedesk.estates.UnitCodeInput;
import org.estatedesk.shared.FacesMessages;
import org.estatedesk.shared.PageRequest;

/**
 * The hot-water sealings page (热水封堵, R3.8): the sealings by state, and each step in its order — agreement,
 * final reading (charged at once), settlement, (the manager's approval in the inbox), engineering's seal, the
 * agreement filed in the unit's archive.
 */
@Named
@ViewScoped
public class SealingsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    HotWaterService service;

    @EJB
    EstateService estateService;

    @EJB
    ArchiveService archiveService;

    private List<Estate> estates = List.of();
    private final Map<Long, String> estateNames = new HashMap<>();
    private HotWaterSealing.State state;
    private List<HotWaterSealing> rows = List.of();

    private HotWaterSealing selected;
    private final UnitCodeInput unitInput = new UnitCodeInput();
    private String applicant;
    private String phone;
    private String reason;
    private BigDecimal reading;
    private String sealNumber;
    private String remarks;
    private Long fileId;
    private String location;
    private List<ArchiveFile> files = List.of();

    @PostConstruct
    void init() {
        estates = estateService.visibleEstates();
        estates.forEach(e -> estateNames.put(e.getId(), e.getName()));
        search();
    }

    public void search() {
        rows = service.sealings(state, null, new PageRequest(0, 500)).items();
    }

    public void prepareNew() {
        unitInput.start(estates);
        applicant = null;
        phone = null;
        reason = null;
    }

    public void apply() {
        HotWaterSealing s = service.apply(unitInput.unit(estateService).getId(), applicant, phone,
                reason);
        FacesMessages.info("hotwater.agreed", s.getAgreementNumber());
        search();
    }

    /** Selects the row for a dialog and clears the dialog's fields (the archive dialog lists the unit's files). */
    public void select(HotWaterSealing s) {
        selected = s;
        reading = null;
        sealNumber = null;
        remarks = null;
        location = null;
        fileId = null;
        files = List.of();
    }

    public void prepareArchive(HotWaterSealing s) {
        select(s);
        files = archiveService.files(s.getEstateId(), s.getUnitId(), null, null, new PageRequest(0, 50)).items()
                .stream().map(r -> r.file()).toList();
        fileId = files.isEmpty() ? null : files.get(0).getId();
    }

    public void finalReading() {
        act(() -> service.finalReading(selected.getId(), reading, null, selected.getVersion()), "hotwater.read");
    }

    public void settle(HotWaterSealing s) {
        act(() -> service.settle(s.getId(), s.getVersion()), "hotwater.settled");
    }

    public void seal() {
        act(() -> service.sealed(selected.getId(), sealNumber, remarks, selected.getVersion()), "hotwater.sealed");
    }

    public void unseal(HotWaterSealing s) {
        act(() -> service.unseal(s.getId(), null, s.getVersion()), "hotwater.unsealed");
    }

    public void archive() {
        if (fileId == null) {
            FacesMessages.error("hotwater.noFile");
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        act(() -> service.archive(selected.getId(), fileId, location, selected.getVersion()), "hotwater.archived");
    }

    private void act(java.util.function.Supplier<HotWaterSealing> action, String message) {
        HotWaterSealing s = action.get();
        FacesMessages.info(message, s.getAgreementNumber(), s.getUnitCode(), s.getFinalAmount() == null ? ""
                : s.getFinalAmount().toPlainString());
        search();
    }

    public String estateName(long id) {
        return estateNames.getOrDefault(id, "");
    }

    public List<HotWaterSealing.State> getStates() {
        return List.of(HotWaterSealing.State.values());
    }

    public UnitCodeInput getUnitInput() {
        return unitInput;
    }

    public List<Estate> getEstates() {
        return estates;
    }

    public List<HotWaterSealing> getRows() {
        return rows;
    }

    public HotWaterSealing getSelected() {
        return selected;
    }

    public List<ArchiveFile> getFiles() {
        return files;
    }

    public HotWaterSealing.State getState() {
        return state;
    }

    public void setState(HotWaterSealing.State state) {
        this.state = state;
    }

    public String getApplicant() {
        return applicant;
    }

    public void setApplicant(String applicant) {
        this.applicant = applicant;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public BigDecimal getReading() {
        return reading;
    }

    public void setReading(BigDecimal reading) {
        this.reading = reading;
    }

    public String getSealNumber() {
        return sealNumber;
    }

    public void setSealNumber(String sealNumber) {
        this.sealNumber = sealNumber;
    }

    public String getRemarks() {
        return remarks;
    }

    public void setRemarks(String remarks) {
        this.remarks = remarks;
    }

    public Long getFileId() {
        return fileId;
    }

    public void setFileId(Long fileId) {
        this.fileId = fileId;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }
}
