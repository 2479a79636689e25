package org.estatedesk.billing;

import org.estatedesk.estates.EstateMemory;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateService;
import org.estatedesk.estates.Unit;
import org.estatedesk.estates.UnitFilter;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.FacesMessages;
import org.estatedesk.shared.PageInputs;
import org.estatedesk.shared.Messages;
import org.estatedesk.shared.RowErrorsException;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.Spreadsheet;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Meter readings (热水台账, R4.2): one unit after another, with the unit's history beside the entry. */
@Named
@ViewScoped
public class ReadingsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    EstateMemory estateMemory;

    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @EJB
    MeterReadingService service;

    @EJB
    EstateService estateService;

    private List<Estate> estates = List.of();
    private Long estateId;
    private String unitCode;
    private Unit unit;
    private List<MeterReading> history = List.of();
    private MeterKind meter = MeterKind.HOT_WATER;
    private String period;
    private BigDecimal reading;
    private boolean replacement;
    private List<RowMessage> rowErrors = List.of();

    @PostConstruct
    void init() {
        period = YearMonth.now(clock.withZone(zones.zone())).toString();
        estates = estateService.visibleEstates();
        estateId = estateMemory.preselect(estates);
    }

    /** Finds the unit by its exact code in the estate and shows its readings. */
    public void find() {
        unit = null;
        history = List.of();
        if (estateId == null || unitCode == null || unitCode.isBlank()) {
            throw new RuleViolationException("error.required", "unitCode");
        }
        unit = estateService.units(estateId, new UnitFilter(null, null, null, unitCode.trim(), UnitFilter.Sort.CODE,
                false), 0, 20).items().stream().filter(u -> u.getCode().equalsIgnoreCase(unitCode.trim()))
                .findFirst().orElse(null);
        if (unit == null) {
            throw new RuleViolationException("cashier.noUnit", "unitCode", unitCode);
        }
        history = service.readings(unit.getId());
    }

    public void record() {
        if (unit == null) {
            find();
            if (unit == null) {
                return;
            }
        }
        YearMonth month = PageInputs.month(period, "period");
        MeterReading r = service.record(unit.getId(), meter, month, reading, replacement);
        FacesMessages.info("reading.saved", unit.getCode(), r.getReading().toPlainString(),
                r.consumption().toPlainString());
        history = service.readings(unit.getId());
        reading = null;
        replacement = false;
    }

    /** The estate's reading sheet to fill in (Excel): every unit with its last reading. */
    public StreamedContent sheet() {
        Locale locale = FacesMessages.locale();
        List<MeterReadingService.SheetLine> lines = estateId == null ? List.of() : service.sheet(estateId, meter);
        return DefaultStreamedContent.builder().name("readings-" + meter + ".xlsx").contentType(Spreadsheet.XLSX)
                .writer(out -> ReadingSheet.write(locale, lines, out)).build();
    }

    /** Imports a filled-in sheet: all rows or none; the refused rows are listed with their reasons. */
    public void upload(FileUploadEvent event) {
        rowErrors = List.of();
        YearMonth month = PageInputs.month(period, "period");
        try (InputStream in = event.getFile().getInputStream()) {
            List<MeterReading> recorded = service.importSheet(estateId, meter, month, ReadingSheet.read(in));
            FacesMessages.info("reading.imported", recorded.size());
        } catch (RowErrorsException e) {
            Locale locale = FacesMessages.locale();
            rowErrors = e.rows().stream().map(r -> new RowMessage(r.row(), r.key(), Messages.format(locale,
                    r.messageKey(), r.arguments().toArray()))).toList();
            FacesMessages.error("reading.importErrors", rowErrors.size());
        } catch (IOException e) {
            throw new RuleViolationException("error.import.notWorkbook", "file");
        }
    }

    /** A refused row of an import, in the user's language. */
    public record RowMessage(int row, String unitCode, String message) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    public List<RowMessage> getRowErrors() {
        return rowErrors;
    }

    public List<MeterKind> getMeters() {
        return List.of(MeterKind.values());
    }

    public List<Estate> getEstates() {
        return estates;
    }

    public Long getEstateId() {
        return estateId;
    }

    public void setEstateId(Long estateId) {
        if (estateId == null || !estateId.equals(this.estateId)) {
            unit = null;
        }
        this.estateId = estateId;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        if (unit != null && !unit.getCode().equalsIgnoreCase(unitCode == null ? "" : unitCode.trim())) {
            unit = null;
        }
        this.unitCode = unitCode;
    }

    public Unit getUnit() {
        return unit;
    }

    public List<MeterReading> getHistory() {
        return history;
    }

    public MeterKind getMeter() {
        return meter;
    }

    public void setMeter(MeterKind meter) {
        this.meter = meter;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public BigDecimal getReading() {
        return reading;
    }

    public void setReading(BigDecimal reading) {
        this.reading = reading;
    }

    public boolean isReplacement() {
        return replacement;
    }

    public void setReplacement(boolean replacement) {
        this.replacement = replacement;
    }
}
