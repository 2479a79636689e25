package org.estatedesk.archives;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.estatedesk.estates.UnitState;
import org.estatedesk.organisation.OrgUnit;
import org.estatedesk.organisation.OrganisationService;
import org.estatedesk.shared.FacesMessages;
import org.estatedesk.shared.Roles;

/** The documents a unit's file must hold per unit state (R5.2), per company; administrators and CS managers edit. */
@Named
@ViewScoped
public class RequirementsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    ArchiveService service;

    @EJB
    OrganisationService organisation;

    private List<OrgUnit> companies = List.of();
    private Long companyId;
    private final Map<UnitState, List<DocumentType>> required = new EnumMap<>(UnitState.class);

    @PostConstruct
    void init() {
        companies = organisation.companies();
        if (!companies.isEmpty()) {
            companyId = companies.get(0).getId();
        }
        FacesMessages.refusalShown(this::load);
    }

    public void load() {
        required.clear();
        for (UnitState s : UnitState.values()) {
            required.put(s, new ArrayList<>());
        }
        if (companyId == null) {
            return;
        }
        service.requirements(companyId).forEach(r -> required.get(r.getUnitState()).add(r.getDocType()));
    }

    public void save(UnitState state) {
        service.setRequirements(companyId, state, required.get(state));
        FacesMessages.info("archive.requirementsSaved", FacesMessages.text("unit.state." + state));
        load();
    }

    public boolean canEdit() {
        var ctx = FacesContext.getCurrentInstance().getExternalContext();
        return ctx.isUserInRole(Roles.ADMIN) || ctx.isUserInRole(Roles.CS_MANAGER);
    }

    public UnitState[] getStates() {
        return UnitState.values();
    }

    public DocumentType[] getDocTypes() {
        return DocumentType.values();
    }

    public Map<UnitState, List<DocumentType>> getRequired() {
        return required;
    }

    public List<OrgUnit> getCompanies() {
        return companies;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public void setCompanyId(Long companyId) {
        this.companyId = companyId;
    }
}
