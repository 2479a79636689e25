package org.estatedesk.estates;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.estatedesk.jobs.JobRun;
import org.estatedesk.shared.FacesMessages;

/**
 * The estates page's unit-generation dialog (R0.3): one building's units from a layout at once, or every empty
 * building's by the unit-generation batch job.
 */
@Named
@ViewScoped
public class UnitGenerationBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    EstateService estateService;

    @EJB
    UnitGenerationJobs generationJobs;

    @Inject
    EstatesBacking page;

    private Long generateBuildingId;
    private String entrances = "1";
    private int fromFloor = 1;
    private int toFloor = 18;
    private int unitsPerFloor = 4;
    private String pattern = UnitNumberPattern.DEFAULT;
    private UnitType type = UnitType.RESIDENCE;
    private BigDecimal area = new BigDecimal("89.00");

    /** Opens the generation dialog for one building, or for every empty building of the estate (null). */
    public void prepareGeneration(Long buildingId) {
        generateBuildingId = buildingId;
        if (buildingId != null) {
            page.getBuildings().stream().filter(b -> b.getId().equals(buildingId)).findFirst()
                    .map(Building::getFloors).ifPresent(f -> toFloor = f);
        }
    }

    public void generate() {
        Estate selected = page.getSelected();
        if (selected == null) {
            return;
        }
        List<String> entranceCodes = Arrays.stream(entrances == null ? new String[0] : entrances.split("[,，\\s]+"))
                .filter(s -> !s.isBlank()).toList();
        if (generateBuildingId != null) {
            List<Unit> created = estateService.generateUnits(new UnitGeneration(generateBuildingId,
                    entranceCodes, fromFloor, toFloor, unitsPerFloor, pattern, type, area));
            FacesMessages.info("generation.done", created.size());
        } else {
            JobRun run = generationJobs.start(selected.getId(), List.of(), new UnitGeneration(0, entranceCodes,
                    fromFloor, toFloor, unitsPerFloor, pattern, type, area));
            FacesMessages.info("generation.started", run.getId());
        }
        page.reload();
        page.select(page.getSelected());
    }

    /** The first code the layout would produce, so that the user sees the pattern at work. */
    public String getPreview() {
        try {
            List<Building> buildings = page.getBuildings();
            String building = buildings.stream().filter(b -> b.getId().equals(generateBuildingId)).findFirst()
                    .map(Building::getCode).orElse(buildings.isEmpty() ? "1" : buildings.get(0).getCode());
            String entrance = entrances == null || entrances.isBlank() ? "1" : entrances.split("[,，\\s]+")[0];
            return new UnitNumberPattern(pattern).format(building, entrance, Math.max(1, fromFloor), 1);
        } catch (RuntimeException e) {
            return "—";
        }
    }

    public UnitType[] getTypes() {
        return UnitType.values();
    }

    public Long getGenerateBuildingId() {
        return generateBuildingId;
    }

    public String getEntrances() {
        return entrances;
    }

    public void setEntrances(String entrances) {
        this.entrances = entrances;
    }

    public int getFromFloor() {
        return fromFloor;
    }

    public void setFromFloor(int fromFloor) {
        this.fromFloor = fromFloor;
    }

    public int getToFloor() {
        return toFloor;
    }

    public void setToFloor(int toFloor) {
        this.toFloor = toFloor;
    }

    public int getUnitsPerFloor() {
        return unitsPerFloor;
    }

    public void setUnitsPerFloor(int unitsPerFloor) {
        this.unitsPerFloor = unitsPerFloor;
    }

    public String getPattern() {
        return pattern;
    }

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    public UnitType getType() {
        return type;
    }

    public void setType(UnitType type) {
        this.type = type;
    }

    public BigDecimal getArea() {
        return area;
    }

    public void setArea(BigDecimal area) {
        this.area = area;
    }
}
