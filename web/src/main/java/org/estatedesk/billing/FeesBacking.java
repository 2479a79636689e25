package org.estatedesk.billing;

import org.estatedesk.estates.EstateMemory;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateService;
import org.estatedesk.estates.UnitType;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.FacesMessages;
import org.estatedesk.shared.PageInputs;
import org.estatedesk.shared.RuleViolationException;

/** Fee items and their rates per estate and unit type (R4.1). */
@Named
@ViewScoped
public class FeesBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    EstateMemory estateMemory;

    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @EJB
    FeeService fees;

    @EJB
    EstateService estateService;

    private List<Estate> estates = List.of();
    private List<FeeItem> items = List.of();
    private List<FeeRate> rates = List.of();
    private Long estateId;

    private String code;
    private String name;
    private FeeBasis basis = FeeBasis.AREA;
    private MeterKind meter;
    private boolean onBehalf;

    private Long feeItemId;
    private UnitType unitType = UnitType.RESIDENCE;
    private BigDecimal unitPrice;
    private String validFrom;

    @PostConstruct
    void init() {
        validFrom = YearMonth.now(clock.withZone(zones.zone())).toString();
        estates = estateService.visibleEstates();
        estateId = estateMemory.preselect(estates);
        FacesMessages.refusalShown(this::load);
    }

    private Long company() {
        return estates.stream().filter(e -> e.getId().equals(estateId)).map(Estate::getCompanyId).findFirst()
                .orElse(null);
    }

    public void load() {
        items = fees.items(company());
        rates = estateId == null ? List.of() : fees.rates(estateId);
    }

    public void prepareCreate() {
        code = null;
        name = null;
        basis = FeeBasis.AREA;
        meter = null;
        onBehalf = false;
    }

    public void create() {
        FeeItem i = fees.create(company(), code, name, basis, meter, onBehalf);
        FacesMessages.info("fee.saved", i.getCode());
        load();
    }

    public void toggle(FeeItem i) {
        fees.update(i.getId(), i.getName(), i.getBasis(), i.getMeter(), i.isOnBehalf(), i.isActive(),
                i.getVersion());
        FacesMessages.info("fee.saved", i.getCode());
        load();
    }

    public void setRate() {
        YearMonth from = PageInputs.month(validFrom, "validFrom");
        if (feeItemId == null) {
            throw new RuleViolationException("error.required", "feeItemId");
        }
        fees.setRate(feeItemId, estateId == null ? 0 : estateId, unitType, unitPrice, from);
        FacesMessages.info("fee.rateSaved", itemCode(feeItemId), unitPrice == null ? "" : unitPrice.toPlainString());
        load();
    }

    public void removeRate(FeeRate r) {
        fees.removeRate(r.getId());
        FacesMessages.info("fee.rateRemoved");
        load();
    }

    public String itemCode(Long id) {
        return items.stream().filter(i -> i.getId().equals(id)).map(i -> i.getName() + " (" + i.getCode() + ")").findFirst()
                .orElse("#" + id);
    }

    public List<FeeBasis> getBases() {
        return List.of(FeeBasis.values());
    }

    public List<MeterKind> getMeters() {
        return List.of(MeterKind.values());
    }

    public List<UnitType> getUnitTypes() {
        return List.of(UnitType.values());
    }

    public List<Estate> getEstates() {
        return estates;
    }

    public List<FeeItem> getItems() {
        return items;
    }

    public List<FeeRate> getRates() {
        return rates;
    }

    public Long getEstateId() {
        return estateId;
    }

    public void setEstateId(Long estateId) {
        this.estateId = estateId;
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

    public FeeBasis getBasis() {
        return basis;
    }

    public void setBasis(FeeBasis basis) {
        this.basis = basis;
    }

    public MeterKind getMeter() {
        return meter;
    }

    public void setMeter(MeterKind meter) {
        this.meter = meter;
    }

    public boolean isOnBehalf() {
        return onBehalf;
    }

    public void setOnBehalf(boolean onBehalf) {
        this.onBehalf = onBehalf;
    }

    public Long getFeeItemId() {
        return feeItemId;
    }

    public void setFeeItemId(Long feeItemId) {
        this.feeItemId = feeItemId;
    }

    public UnitType getUnitType() {
        return unitType;
    }

    public void setUnitType(UnitType unitType) {
        this.unitType = unitType;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public void setUnitPrice(BigDecimal unitPrice) {
        this.unitPrice = unitPrice;
    }

    public String getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(String validFrom) {
        this.validFrom = validFrom;
    }
}
