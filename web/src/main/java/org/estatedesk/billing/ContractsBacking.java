package org.estatedesk.billing;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateService;
import org.estatedesk.shared.FacesMessages;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.PagedModel;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.Spreadsheet;
import org.primefaces.model.StreamedContent;

/**
 * Contracts (R4.1): the list by estate, kind, state or expiry ({@code ?expiring=30} from the workbench), the
 * create/edit dialog ({@link ContractEditBacking}), termination with a confirmation ({@link TerminateContractBacking}),
 * marking contracts past their end expired, and the Excel export.
 */
@Named
@ViewScoped
public class ContractsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    ContractService service;

    @EJB
    EstateService estateService;

    private List<Estate> estates = List.of();
    private Long estateId;
    private ContractKind kind;
    private Contract.State state;
    private Integer expiring;



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

    public boolean canWrite() {
        var ctx = FacesContext.getCurrentInstance().getExternalContext();
        return ctx.isUserInRole(Roles.FINANCE) || ctx.isUserInRole(Roles.CS_MANAGER) || ctx.isUserInRole(Roles.ADMIN)
                || ctx.isUserInRole(Roles.SHOP_ADMIN);
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

}
