package org.estatedesk.keys;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.estatedesk.shared.FacesMessages;

/** The register's dialog that hands an approved loan's key out against the borrower's signature (R5.1). */
@Named
@ViewScoped
public class HandOutKeyBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    KeyService service;

    @Inject
    RegisterBacking register;

    private KeyRepository.Row selected;
    private String signedName;
    private boolean signatureConfirmed;

    public void prepare(KeyRepository.Row row) {
        selected = row;
        signedName = row.loan() == null ? null : row.loan().getBorrower();
        signatureConfirmed = false;
    }

    public void handOut() {
        KeyLoan loan = service.handOut(selected.loan().getId(), signedName, signatureConfirmed,
                selected.loan().getVersion());
        FacesMessages.info("key.handedOut", selected.key().getTag(), loan.getSignedName());
        register.search();
    }

    public KeyRepository.Row getSelected() {
        return selected;
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
