package org.estatedesk.billing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.FacesMessages;

/** The contracts page's dialog that terminates a contract on a date, with a reason (R4.1). */
@Named
@ViewScoped
public class TerminateContractBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @EJB
    ContractService service;

    @Inject
    ContractsBacking list;

    private ContractRepository.Row selected;
    private LocalDate terminationDate;
    private String terminationReason;

    public void startTermination(ContractRepository.Row row) {
        selected = row;
        terminationDate = LocalDate.now(clock.withZone(zones.zone()));
        terminationReason = null;
    }

    public void terminate() {
        Contract c = selected.contract();
        service.terminate(c.getId(), terminationDate, terminationReason, c.getVersion());
        FacesMessages.info("contract.terminated", c.getCode());
        list.search();
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
