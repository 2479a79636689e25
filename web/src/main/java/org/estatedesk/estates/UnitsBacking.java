package org.estatedesk.estates;

import jakarta.inject.Inject;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.estatedesk.shared.FacesMessages;
import org.estatedesk.shared.Messages;
import org.estatedesk.shared.PagedModel;
import org.estatedesk.shared.Page;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The units list of one estate (R0.2): filters, a lazy page-by-page table and an Excel export. */
@Named
@ViewScoped
public class UnitsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    EstateMemory estateMemory;
    private static final String TABLE = "form:units";
    private static final int EXPORT_CHUNK = 1000;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    EstateService estateService;

    private List<Estate> estates = List.of();
    private List<Building> buildings = List.of();
    private Long estateId;
    private Long requestedEstate;
    private Long buildingId;
    private UnitType type;
    private String code;
    private final PagedModel<Unit> units = new PagedModel<>(this::page, Unit::getId);
    private Map<Long, String> ownerNames = Map.of();

    @PostConstruct
    void init() {
        estates = estateService.visibleEstates();
        estateId = estateMemory.preselect(estates);
        if (estateId != null) {
            FacesMessages.refusalShown(this::loadBuildings);
        }
    }

    /** The view action: an estate named in the URL ({@code ?estate=id}) is chosen when the caller may see it. */
    public void open() {
        if (requestedEstate != null && estates.stream().anyMatch(e -> e.getId().equals(requestedEstate))
                && !requestedEstate.equals(estateId)) {
            estateId = requestedEstate;
            loadBuildings();
        }
    }

    /** The estate changed: its buildings are another set, and the list starts again. */
    public void estateChanged() {
        buildingId = null;
        loadBuildings();
        search();
    }

    /** Applies the filters: the table goes back to its first page. */
    public void search() {
        units.restart(TABLE);
    }

    /** The Excel file of the units matching the filters, or null (and a message) when the estate may not be read. */
    public StreamedContent export() {
        if (estateId == null) {
            return null;
        }
        List<Unit> rows = estateService.exportUnits(estateId, filter(UnitFilter.Sort.CODE, false));
        Map<Long, String> buildingNames = new java.util.HashMap<>();
        buildings.forEach(b -> buildingNames.put(b.getId(), b.getCode()));
        Map<Long, String> owners = new java.util.HashMap<>();
        for (int i = 0; i < rows.size(); i += EXPORT_CHUNK) {
            owners.putAll(estateService.ownerNames(estateId, rows.subList(i, Math.min(rows.size(), i + EXPORT_CHUNK))
                    .stream().filter(u -> u.getOwnerId() != null).map(Unit::getId).toList()));
        }
        Locale locale = FacesMessages.locale();
        String name = "units-" + estates.stream().filter(e -> e.getId().equals(estateId)).map(Estate::getCode)
                .findFirst().orElse(String.valueOf(estateId)) + ".xlsx";
        return DefaultStreamedContent.builder().name(name).contentType(XLSX)
                .writer(out -> writeWorkbook(rows, owners, buildingNames, locale, out)).build();
    }

    private static void writeWorkbook(List<Unit> rows, Map<Long, String> owners, Map<Long, String> buildingNames,
            Locale locale, OutputStream out) {
        SXSSFWorkbook wb = new SXSSFWorkbook(500);
        try {
            Sheet sheet = wb.createSheet(Messages.format(locale, "units.title"));
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            String[] headers = {"unit.code", "unit.building", "unit.floor", "unit.type", "unit.area", "unit.state",
                "unit.ownerId", "unit.owner"};
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                Cell c = head.createCell(i);
                c.setCellValue(Messages.format(locale, headers[i]));
                c.setCellStyle(bold);
            }
            int r = 1;
            for (Unit u : rows) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(u.getCode());
                if (u.getBuildingId() != null) {
                    row.createCell(1).setCellValue(buildingNames.getOrDefault(u.getBuildingId(),
                            String.valueOf(u.getBuildingId())));
                }
                if (u.getFloor() != null) {
                    row.createCell(2).setCellValue(u.getFloor());
                }
                row.createCell(3).setCellValue(Messages.format(locale, "unit.type." + u.getType()));
                if (u.getArea() != null) {
                    row.createCell(4).setCellValue(u.getArea().doubleValue());
                }
                row.createCell(5).setCellValue(Messages.format(locale, "unit.state." + u.getState()));
                if (u.getOwnerId() != null) {
                    row.createCell(6).setCellValue(u.getOwnerId());
                    row.createCell(7).setCellValue(owners.getOrDefault(u.getOwnerId(), ""));
                }
            }
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            wb.dispose();
        }
    }

    private void loadBuildings() {
        buildings = List.of(); // nothing shown when the read is refused
        buildings = estateId == null ? List.of() : estateService.buildings(estateId);
    }

    private UnitFilter filter(UnitFilter.Sort sort, boolean descending) {
        String prefix = code == null || code.isBlank() ? null : code.trim();
        return new UnitFilter(buildingId, type, null, prefix, sort, descending);
    }

    private Page<Unit> page(PagedModel.Request r) {
        if (estateId == null) {
            return new Page<>(List.of(), 0);
        }
        String field = r.sortField() == null ? "" : r.sortField();
        UnitFilter.Sort sort = field.endsWith("type") ? UnitFilter.Sort.TYPE
                : field.endsWith("area") ? UnitFilter.Sort.AREA : UnitFilter.Sort.CODE;
        Page<Unit> page = estateService.units(estateId, filter(sort, r.descending()), r.first(), r.size());
        ownerNames = Map.of(); // nothing shown when the read is refused
        ownerNames = estateService.ownerNames(estateId, page.items().stream().map(Unit::getId).toList());
        return page;
    }

    /** The name of the unit's owner, read with the page. */
    public String ownerName(Unit u) {
        return u.getOwnerId() == null ? null : ownerNames.getOrDefault(u.getOwnerId(), String.valueOf(u.getOwnerId()));
    }

    public List<Estate> getEstates() {
        return estates;
    }

    public List<Building> getBuildings() {
        return buildings;
    }

    public UnitType[] getTypes() {
        return UnitType.values();
    }

    public PagedModel<Unit> getUnits() {
        return units;
    }

    public Long getEstateId() {
        return estateId;
    }

    public void setEstateId(Long estateId) {
        this.estateId = estateId;
    }

    public Long getRequestedEstate() {
        return requestedEstate;
    }

    public void setRequestedEstate(Long requestedEstate) {
        this.requestedEstate = requestedEstate;
    }

    public Long getBuildingId() {
        return buildingId;
    }

    public void setBuildingId(Long buildingId) {
        this.buildingId = buildingId;
    }

    public UnitType getType() {
        return type;
    }

    public void setType(UnitType type) {
        this.type = type;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
