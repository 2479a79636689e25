package org.estatedesk.owners;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PagedModel;
import org.estatedesk.shared.PageRequest;

/** The owner ledger (R0.4): search by name, phone or identity number, one page at a time. */
@Named
@ViewScoped
public class OwnerListBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String TABLE = "form:owners";

    @EJB
    OwnerService ownerService;

    private String q;
    private final PagedModel<Owner> owners = new PagedModel<>(this::page, Owner::getId);

    /** Applies the search text: the table goes back to its first page. */
    public void search() {
        owners.restart(TABLE);
    }

    private Page<Owner> page(PagedModel.Request r) {
        return ownerService.search(q, null, new PageRequest(r.first() / r.size(), r.size()));
    }

    public PagedModel<Owner> getOwners() {
        return owners;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
