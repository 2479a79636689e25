package org.estatedesk.keys;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateService;
import org.estatedesk.shared.BusinessException;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.FacesMessages;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.PagedModel;
import org.estatedesk.shared.Roles;

/**
 * The key register (R5.1): keys by estate, category, state, tag or overdue loan; registering a key; lending
 * (the owner signs and takes it, anyone else waits for the manager's approval), handing an approved loan out against
 * the signature, return and cancellation with a confirmation; rectification and the owner's collection; the
 * categories without an emergency spare set.
 */
@Named
@ViewScoped
public class RegisterBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @EJB
    KeyService service;

    @EJB
    EstateService estateService;

    private List<Estate> estates = List.of();
    private Long estateId;
    private KeyCategory category;
    private KeyState state;
    private boolean overdue;
    private String tag;
    private Long keyId;
    private boolean spares;



    private List<KeyRepository.MissingSpare> missingSpares = List.of();

    private final PagedModel<KeyRepository.Row> keys = new PagedModel<>(this::page, r -> r.key().getId());

    @PostConstruct
    void init() {
        estates = estateService.visibleEstates();
    }

    /** After the view parameters: a key from the inbox opens the register at its tag and estate. */
    public void load() {
        if (keyId != null) {
            EstateKey k = service.key(keyId);
            estateId = k.getEstateId();
            tag = k.getTag();
        }
        loadSpares();
    }

    private void loadSpares() {
        try {
            missingSpares = service.missingSpares(estateId);
        } catch (BusinessException e) {
            missingSpares = List.of();
        }
    }

    private Page<KeyRepository.Row> page(PagedModel.Request r) {
        return service.keys(new KeyRepository.Filter(estateId, category, state, overdue, null, tag),
                new PageRequest(r.first() / r.size(), r.size()));
    }

    public void search() {
        keys.restart("form:keys");
        loadSpares();
    }

    public void returnKey(KeyRepository.Row row) {
        service.returnKey(row.loan().getId(), null, row.loan().getVersion());
        FacesMessages.info("key.returned", row.key().getTag());
        search();
    }

    public void cancel(KeyRepository.Row row) {
        service.cancel(row.loan().getId(), null, row.loan().getVersion());
        FacesMessages.info("key.cancelled", row.key().getTag());
        search();
    }

    public void holdForRectification(KeyRepository.Row row) {
        service.holdForRectification(row.key().getId(), row.key().getVersion());
        FacesMessages.info("key.held", row.key().getTag());
        search();
    }

    public boolean overdue(KeyRepository.Row row) {
        return row.loan() != null && row.loan().isOverdue(OffsetDateTime.now(clock));
    }

    public boolean canWrite() {
        var ctx = FacesContext.getCurrentInstance().getExternalContext();
        return ctx.isUserInRole(Roles.ADMIN) || ctx.isUserInRole(Roles.CS_MANAGER)
                || ctx.isUserInRole(Roles.CS_SUPERVISOR) || ctx.isUserInRole(Roles.FRONT_DESK)
                || ctx.isUserInRole(Roles.CS_ASSISTANT) || ctx.isUserInRole(Roles.ARCHIVE_KEEPER);
    }

    public PagedModel<KeyRepository.Row> getKeys() {
        return keys;
    }

    public List<Estate> getEstates() {
        return estates;
    }

    public KeyCategory[] getCategories() {
        return KeyCategory.values();
    }

    public KeyState[] getStates() {
        return KeyState.values();
    }

    public List<KeyRepository.MissingSpare> getMissingSpares() {
        return missingSpares;
    }

    public Long getEstateId() {
        return estateId;
    }

    public void setEstateId(Long estateId) {
        this.estateId = estateId;
    }

    public KeyCategory getCategory() {
        return category;
    }

    public void setCategory(KeyCategory category) {
        this.category = category;
    }

    public KeyState getState() {
        return state;
    }

    public void setState(KeyState state) {
        this.state = state;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public Long getKeyId() {
        return keyId;
    }

    public void setKeyId(Long keyId) {
        this.keyId = keyId;
    }

    public boolean isSpares() {
        return spares;
    }

    public void setSpares(boolean spares) {
        this.spares = spares;
    }

}
