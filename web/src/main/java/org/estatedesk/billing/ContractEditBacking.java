package org.estatedesk.billing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateService;
import org.estatedesk.estates.Unit;
import org.estatedesk.estates.UnitFilter;
import org.estatedesk.estates.UnitType;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.FacesMessages;
import org.estatedesk.shared.RuleViolationException;

/**
 * The contracts page's create/edit dialog (R4.1). Its "unit or space" is a unit's code (a shop, a garage) or the code
 * of a space that is not a unit.
 */
@Named
@ViewScoped
public class ContractEditBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @EJB
    ContractService service;

    @EJB
    EstateService estateService;

    @EJB
    FeeService fees;

    @Inject
    ContractsBacking list;

    private Long editId;
    private int editVersion;
    private Long formEstateId;
    private String place;
    private String code;
    private ContractKind formKind = ContractKind.RENT;
    private Contract.Business business;
    private String location;
    private String partyName;
    private String partyPhone;
    private Long feeItemId;
    private BigDecimal monthlyAmount;
    private BigDecimal deposit;
    private LocalDate startDate;
    private LocalDate endDate;
    private boolean draft;

    public void startCreate() {
        editId = null;
        formEstateId = list.getEstateId() != null ? list.getEstateId()
                : list.getEstates().isEmpty() ? null : list.getEstates().get(0).getId();
        place = null;
        code = null;
        formKind = ContractKind.RENT;
        business = null;
        location = null;
        partyName = null;
        partyPhone = null;
        feeItemId = null;
        monthlyAmount = null;
        deposit = null;
        startDate = LocalDate.now(clock.withZone(zones.zone())).withDayOfMonth(1);
        endDate = startDate.plusYears(1).minusDays(1);
        draft = false;
    }

    public void startEdit(ContractRepository.Row row) {
        Contract c = row.contract();
        editId = c.getId();
        editVersion = c.getVersion();
        formEstateId = c.getEstateId();
        place = row.unitCode();
        code = c.getCode();
        formKind = c.getKind();
        business = c.getBusiness();
        location = c.getLocation();
        partyName = c.getPartyName();
        partyPhone = c.getPartyPhone();
        feeItemId = c.getFeeItemId();
        monthlyAmount = c.getMonthlyAmount();
        deposit = c.getDeposit();
        startDate = c.getStartDate();
        endDate = c.getEndDate();
        draft = c.getState() == Contract.State.DRAFT;
    }

    /** Saves the dialog: a new contract, or new terms of the one edited (with the version read). */
    public void save() {
        if (editId == null) {
            Unit unit = unitOf(place);
            ContractRepository.Row r = service.create(request(unit == null ? null : unit.getId(),
                    unit == null ? place : null));
            FacesMessages.info("contract.created", r.contract().getCode());
        } else {
            service.update(editId, request(null, null), editVersion);
            FacesMessages.info("contract.saved", code);
        }
        list.search();
    }

    private ContractRequest request(Long unitId, String spaceCode) {
        return new ContractRequest(formEstateId, unitId, spaceCode, null, code, formKind, business, location, partyName,
                partyPhone, null, feeItemId, monthlyAmount, deposit, startDate, endDate, draft);
    }

    /** The estate's unit of that exact code unless it is a space (PARKING/OTHER), which the contract names by code. */
    private Unit unitOf(String text) {
        if (formEstateId == null) {
            throw new RuleViolationException("error.required", "formEstate");
        }
        if (text == null || text.isBlank()) {
            throw new RuleViolationException("error.contract.unitOrSpace", "place");
        }
        String exact = text.trim();
        return estateService.units(formEstateId, new UnitFilter(null, null, null, exact, UnitFilter.Sort.CODE,
                false), 0, 20).items().stream().filter(u -> u.getCode().equals(exact))
                .filter(u -> u.getType() != UnitType.PARKING && u.getType() != UnitType.OTHER).findFirst()
                .orElse(null);
    }

    /** The FIXED, active fee items of the dialog's estate's company. */
    public List<FeeItem> getFeeItems() {
        Long company = list.getEstates().stream().filter(e -> e.getId().equals(formEstateId)).map(Estate::getCompanyId)
                .findFirst().orElse(null);
        if (company == null) {
            return List.of();
        }
        return fees.items(company).stream().filter(i -> i.getBasis() == FeeBasis.FIXED && i.isActive()).toList();
    }

    public boolean isEditing() {
        return editId != null;
    }

    public Contract.Business[] getBusinesses() {
        return Contract.Business.values();
    }

    public Long getFormEstateId() {
        return formEstateId;
    }

    public void setFormEstateId(Long formEstateId) {
        this.formEstateId = formEstateId;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public ContractKind getFormKind() {
        return formKind;
    }

    public void setFormKind(ContractKind formKind) {
        this.formKind = formKind;
    }

    public Contract.Business getBusiness() {
        return business;
    }

    public void setBusiness(Contract.Business business) {
        this.business = business;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getPartyName() {
        return partyName;
    }

    public void setPartyName(String partyName) {
        this.partyName = partyName;
    }

    public String getPartyPhone() {
        return partyPhone;
    }

    public void setPartyPhone(String partyPhone) {
        this.partyPhone = partyPhone;
    }

    public Long getFeeItemId() {
        return feeItemId;
    }

    public void setFeeItemId(Long feeItemId) {
        this.feeItemId = feeItemId;
    }

    public BigDecimal getMonthlyAmount() {
        return monthlyAmount;
    }

    public void setMonthlyAmount(BigDecimal monthlyAmount) {
        this.monthlyAmount = monthlyAmount;
    }

    public BigDecimal getDeposit() {
        return deposit;
    }

    public void setDeposit(BigDecimal deposit) {
        this.deposit = deposit;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public boolean isDraft() {
        return draft;
    }

    public void setDraft(boolean draft) {
        this.draft = draft;
    }
}
