package org.estatedesk.decoration;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import org.estatedesk.shared.FacesMessages;

/** The decoration page's acceptance dialog: engineering's completion inspection, passed or with damages (R3.5). */
@Named
@ViewScoped
public class InspectCompletionBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    DecorationService service;

    @Inject
    ApplicationBacking page;

    private boolean acceptancePassed = true;
    private BigDecimal damages;
    private String remarks;

    public void prepareAcceptance() {
        acceptancePassed = true;
        damages = null;
        remarks = null;
    }

    /** Engineering's completion inspection (R3.5). */
    public void accept() {
        service.inspectCompletion(page.getId(), acceptancePassed, damages, remarks, page.getDetail().application().getVersion());
        FacesMessages.info("decoration.accepted");
        page.load();
    }

    public boolean isAcceptancePassed() {
        return acceptancePassed;
    }

    public void setAcceptancePassed(boolean acceptancePassed) {
        this.acceptancePassed = acceptancePassed;
    }

    public BigDecimal getDamages() {
        return damages;
    }

    public void setDamages(BigDecimal damages) {
        this.damages = damages;
    }

    public String getRemarks() {
        return remarks;
    }

    public void setRemarks(String remarks) {
        this.remarks = remarks;
    }
}
