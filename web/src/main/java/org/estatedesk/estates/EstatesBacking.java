package org.estatedesk.estates;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.estatedesk.jobs.JobRunView;
import org.estatedesk.organisation.OrgUnit;
import org.estatedesk.organisation.OrganisationService;
import org.estatedesk.shared.FacesMessages;

/**
 * Estates and buildings (R0.2) with unit generation (R0.3): estates the caller may see, the chosen estate's
 * buildings, and the runs of the unit-generation batch job with their progress; the generation dialog is
 * {@link UnitGenerationBacking}.
 */
@Named
@ViewScoped
public class EstatesBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    EstateService estateService;

    @EJB
    OrganisationService organisation;

    @EJB
    UnitGenerationJobs generationJobs;

    private List<Estate> estates = List.of();
    private Map<Long, String> companyNames = Map.of();
    private Estate selected;
    private List<Building> buildings = List.of();
    private List<JobRunView> runs = List.of();

    // estate dialog
    private Long editId;
    private Integer editVersion;
    private Long companyId;
    private String code;
    private String name;
    private String city;
    private String address;

    // building dialog
    private String buildingCode;
    private String buildingName;
    private Integer buildingFloors;

    @PostConstruct
    void init() {
        companyNames = organisation.companies().stream()
                .collect(Collectors.toMap(OrgUnit::getId, OrgUnit::getName, (a, b) -> a));
        reload();
        if (!estates.isEmpty()) {
            select(estates.get(0));
        }
    }

    /** Reads the estates and the generation runs again, keeping the estate chosen. */
    public void reload() {
        estates = estateService.visibleEstates();
        runs = generationJobs.recent();
        if (selected != null) {
            Long id = selected.getId();
            selected = estates.stream().filter(e -> e.getId().equals(id)).findFirst().orElse(null);
        }
    }

    public void select(Estate estate) {
        selected = estate;
        buildings = estate == null ? List.of() : estateService.buildings(estate.getId());
    }

    public String companyName(Long id) {
        return companyNames.getOrDefault(id, String.valueOf(id));
    }

    public List<OrgUnit> getCompanies() {
        return organisation.companies();
    }

    public void newEstate() {
        editId = null;
        editVersion = null;
        companyId = companyNames.size() == 1 ? companyNames.keySet().iterator().next() : null;
        code = name = city = address = null;
    }

    public void editEstate(Estate e) {
        editId = e.getId();
        editVersion = e.getVersion();
        companyId = e.getCompanyId();
        code = e.getCode();
        name = e.getName();
        city = e.getCity();
        address = e.getAddress();
    }

    public void saveEstate() {
        Estate saved = editId == null ? estateService.createEstate(companyId == null ? 0 : companyId, code, name,
                city, address) : estateService.updateEstate(editId, name, city, address, editVersion);
        FacesMessages.info("estate.saved", saved.getCode());
        reload();
        select(estates.stream().filter(e -> e.getId().equals(saved.getId())).findFirst().orElse(null));
    }

    public void newBuilding() {
        buildingCode = null;
        buildingName = null;
        buildingFloors = null;
    }

    public void saveBuilding() {
        if (selected == null) {
            return;
        }
        Building b = estateService.addBuilding(selected.getId(), buildingCode, buildingName, buildingFloors);
        FacesMessages.info("building.saved", b.getCode());
        select(selected);
    }

    /** Refreshes the runs (polled while one is running). */
    public void refreshRuns() {
        Map<Long, String> before = runs.stream().collect(Collectors.toMap(JobRunView::id, JobRunView::state));
        runs = generationJobs.recent();
        if (runs.stream().anyMatch(r -> !r.state().equals(before.get(r.id())))) {
            Long id = selected == null ? null : selected.getId();
            estates = estateService.visibleEstates();
            selected = estates.stream().filter(e -> e.getId().equals(id)).findFirst().orElse(null);
        }
    }

    public void restart(long runId) {
        generationJobs.restart(runId);
        refreshRuns();
    }

    public boolean isAnyRunning() {
        return runs.stream().anyMatch(JobRunView::isRunning);
    }

    public String estateCode(Long estateId) {
        return estates.stream().filter(e -> e.getId().equals(estateId)).map(Estate::getCode).findFirst()
                .orElse(String.valueOf(estateId));
    }

    public List<Estate> getEstates() {
        return estates;
    }

    public Estate getSelected() {
        return selected;
    }

    public void setSelected(Estate selected) {
        this.selected = selected;
    }

    public List<Building> getBuildings() {
        return buildings;
    }

    public List<JobRunView> getRuns() {
        return runs;
    }

    public boolean isEditing() {
        return editId != null;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public void setCompanyId(Long companyId) {
        this.companyId = companyId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getBuildingCode() {
        return buildingCode;
    }

    public void setBuildingCode(String buildingCode) {
        this.buildingCode = buildingCode;
    }

    public String getBuildingName() {
        return buildingName;
    }

    public void setBuildingName(String buildingName) {
        this.buildingName = buildingName;
    }

    public Integer getBuildingFloors() {
        return buildingFloors;
    }

    public void setBuildingFloors(Integer buildingFloors) {
        this.buildingFloors = buildingFloors;
    }

}
