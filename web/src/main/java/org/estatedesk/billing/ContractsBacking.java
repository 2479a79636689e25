package org.estatedesk.billing;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
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
import org.estatedesk.security.Roles;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.FacesMessages;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.PagedModel;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.Spreadsheet;
import org.primefaces.model.StreamedContent;

/**
 * Contracts (R4.1): the list by estate, kind, state or expiry ({@code ?expiring=30} from the workbench), the
 * create/edit dialog, termination with a confirmation, marking contracts past their end expired, and the Excel export.
 * The dialog's "unit or space" is a unit's code (a shop, a garage) or the code of a space that is not a unit.
 */
@Named
@ViewScoped
public class ContractsBacking implements Serializable {
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

    private List<Estate> estates = List.of();
    private Long estateId;
    private ContractKind kind;
    private Contract.State state;
    private Integer expiring;

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

    private ContractRepository.Row selected;
    private LocalDate terminationDate;
    private String terminationReason;

    private final PagedModel<ContractRepository.Row> contracts = new PagedModel<>(this::page,
            r -> r.contract().getId());

    @PostConstruct
    void init() {
        estates = estateService.visibleEstates();
    }

    private Page<ContractRepository.Row> page(PagedModel.Request r) {
        return service.list(filter(), new PageRequest(r.first() / r.size(), r.size()));
    }

    private ContractService.Filter filter() {
        return new ContractService.Filter(estateId, kind, state, expiring);
    }

    public void search() {
        contracts.restart("form:contracts");
    }

    public void startCreate() {
        editId = null;
        formEstateId = estateId != null ? estateId : estates.isEmpty() ? null : estates.get(0).getId();
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
        search();
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

    public void startTermination(ContractRepository.Row row) {
        selected = row;
        terminationDate = LocalDate.now(clock.withZone(zones.zone()));
        terminationReason = null;
    }

    public void terminate() {
        Contract c = selected.contract();
        service.terminate(c.getId(), terminationDate, terminationReason, c.getVersion());
        FacesMessages.info("contract.terminated", c.getCode());
        search();
    }

    /** Marks the active contracts past their end (of the chosen estate, or all) expired. */
    public void expire() {
        FacesMessages.info("contract.expiredDone", service.expire(estateId));
        search();
    }

    public StreamedContent export() {
        return Spreadsheet.of("contracts.xlsx", "contract.title", List.of("contract.code", "tasks.estate",
                "contract.place", "contract.kind", "contract.party", "contract.phone", "billing.item",
                "contract.monthlyAmount", "contract.deposit", "contract.start", "contract.end", "task.state",
                "contract.terminatedOn", "contract.terminationReason"), service.export(filter()).stream().map(r -> {
                    Contract c = r.contract();
                    return new Object[] {c.getCode(), r.estateName(), r.unitCode(),
                        FacesMessages.text("contract.kind." + c.getKind()), c.getPartyName(), c.getPartyPhone(),
                        r.itemName(), c.getMonthlyAmount(), c.getDeposit(), c.getStartDate().toString(),
                        c.getEndDate().toString(), FacesMessages.text("contract.state." + c.getState()),
                        c.getTerminatedOn() == null ? null : c.getTerminatedOn().toString(),
                        c.getTerminationReason()};
                }).toList());
    }

    /** The FIXED, active fee items of the dialog's estate's company. */
    public List<FeeItem> getFeeItems() {
        Long company = estates.stream().filter(e -> e.getId().equals(formEstateId)).map(Estate::getCompanyId)
                .findFirst().orElse(null);
        if (company == null) {
            return List.of();
        }
        return fees.items(company).stream().filter(i -> i.getBasis() == FeeBasis.FIXED && i.isActive()).toList();
    }

    public boolean canWrite() {
        var ctx = FacesContext.getCurrentInstance().getExternalContext();
        return ctx.isUserInRole(Roles.FINANCE) || ctx.isUserInRole(Roles.CS_MANAGER) || ctx.isUserInRole(Roles.ADMIN)
                || ctx.isUserInRole(Roles.SHOP_ADMIN);
    }

    public boolean isEditing() {
        return editId != null;
    }

    public PagedModel<ContractRepository.Row> getContracts() {
        return contracts;
    }

    public List<Estate> getEstates() {
        return estates;
    }

    public ContractKind[] getKinds() {
        return ContractKind.values();
    }

    public Contract.State[] getStates() {
        return Contract.State.values();
    }

    public Contract.Business[] getBusinesses() {
        return Contract.Business.values();
    }

    public Long getEstateId() {
        return estateId;
    }

    public void setEstateId(Long estateId) {
        this.estateId = estateId;
    }

    public ContractKind getKind() {
        return kind;
    }

    public void setKind(ContractKind kind) {
        this.kind = kind;
    }

    public Contract.State getState() {
        return state;
    }

    public void setState(Contract.State state) {
        this.state = state;
    }

    public Integer getExpiring() {
        return expiring;
    }

    public void setExpiring(Integer expiring) {
        this.expiring = expiring;
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

    public ContractRepository.Row getSelected() {
        return selected;
    }

    public LocalDate getTerminationDate() {
        return terminationDate;
    }

    public void setTerminationDate(LocalDate terminationDate) {
        this.terminationDate = terminationDate;
    }

    public String getTerminationReason() {
        return terminationReason;
    }

    public void setTerminationReason(String terminationReason) {
        this.terminationReason = terminationReason;
    }
}
