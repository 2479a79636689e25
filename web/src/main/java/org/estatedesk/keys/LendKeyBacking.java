package org.estatedesk.keys;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.FacesMessages;

/** The register's dialog that lends a key: the owner signs and takes it, anyone else waits for approval (R5.1). */
@Named
@ViewScoped
public class LendKeyBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @EJB
    KeyService service;

    @Inject
    RegisterBacking register;

    private KeyRepository.Row selected;
    private String borrower;
    private BorrowerKind borrowerKind = BorrowerKind.OWNER;
    private String purpose;
    private LocalDateTime dueAt;
    private String signedName;
    private boolean signatureConfirmed;

    public void prepare(KeyRepository.Row row) {
        selected = row;
        borrower = null;
        borrowerKind = row.key().getCategory().ownerKey() ? BorrowerKind.OWNER : BorrowerKind.STAFF;
        purpose = null;
        dueAt = LocalDateTime.now(clock.withZone(zones.zone())).plusHours(4).withSecond(0).withNano(0);
        signedName = null;
        signatureConfirmed = false;
    }

    public void lend() {
        KeyLoan loan = service.lend(selected.key().getId(), borrower, borrowerKind, purpose,
                dueAt == null ? null : dueAt.atZone(zones.zone()).toOffsetDateTime(), signedName, signatureConfirmed);
        if (loan.getState() == LoanState.OUT) {
            FacesMessages.info("key.lent", selected.key().getTag(), loan.getBorrower());
        } else if (loan.getBorrowerKind() == BorrowerKind.OWNER) {
            FacesMessages.info("key.requestedNotResident", selected.key().getTag(), loan.getBorrower(),
                    selected.key().getUnitCode());
        } else {
            FacesMessages.info("key.requested", selected.key().getTag());
        }
        register.search();
    }

    public BorrowerKind[] getBorrowerKinds() {
        return BorrowerKind.values();
    }

    public KeyRepository.Row getSelected() {
        return selected;
    }

    public String getBorrower() {
        return borrower;
    }

    public void setBorrower(String borrower) {
        this.borrower = borrower;
    }

    public BorrowerKind getBorrowerKind() {
        return borrowerKind;
    }

    public void setBorrowerKind(BorrowerKind borrowerKind) {
        this.borrowerKind = borrowerKind;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public LocalDateTime getDueAt() {
        return dueAt;
    }

    public void setDueAt(LocalDateTime dueAt) {
        this.dueAt = dueAt;
    }

    public String getSignedName() {
        return signedName;
    }

    public void setSignedName(String signedName) {
        this.signedName = signedName;
    }

    public boolean isSignatureConfirmed() {
        return signatureConfirmed;
    }

    public void setSignatureConfirmed(boolean signatureConfirmed) {
        this.signatureConfirmed = signatureConfirmed;
    }
}
