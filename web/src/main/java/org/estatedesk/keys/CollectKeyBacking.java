package org.estatedesk.keys;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.estatedesk.shared.FacesMessages;

/** The register's dialog for the owner's collection of a key (R5.1). */
@Named
@ViewScoped
public class CollectKeyBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    KeyService service;

    @Inject
    RegisterBacking register;

    private KeyRepository.Row selected;
    private String collectedBy;

    public void prepare(KeyRepository.Row row) {
        selected = row;
        collectedBy = null;
    }

    public void collect() {
        EstateKey k = service.collect(selected.key().getId(), collectedBy, selected.key().getVersion());
        FacesMessages.info("key.collected", k.getTag(), k.getCollectedBy());
        register.search();
    }

    public KeyRepository.Row getSelected() {
        return selected;
    }

    public String getCollectedBy() {
        return collectedBy;
    }

    public void setCollectedBy(String collectedBy) {
        this.collectedBy = collectedBy;
    }
}
