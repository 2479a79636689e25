package org.estatedesk.organisation;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.estatedesk.shared.FacesMessages;

/** Business parameters per company (R0.9): DOMAIN.md's defaults, the company's overrides, set and reset. */
@Named
@ViewScoped
public class ParametersBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    ParameterService parameters;

    @EJB
    OrganisationService organisation;

    private List<OrgUnit> companies = List.of();
    private Long companyId;
    private List<ParameterView> rows = List.of();
    /** The values being edited, by parameter key. */
    private final Map<String, String> edited = new HashMap<>();

    @PostConstruct
    void init() {
        companies = organisation.companies();
        if (!companies.isEmpty()) {
            companyId = companies.get(0).getId();
        }
        FacesMessages.refusalShown(this::load);
    }

    public void load() {
        edited.clear();
        rows = List.of(); // nothing shown when the read is refused
        rows = companyId == null ? List.of() : parameters.parameters(companyId);
        rows.forEach(p -> edited.put(p.key().key(), p.value()));
    }

    public void save(ParameterView p) {
        parameters.set(companyId, p.key(), edited.get(p.key().key()));
        FacesMessages.info("parameter.saved", p.key().key());
        load();
    }

    public void reset(ParameterView p) {
        parameters.reset(companyId, p.key());
        FacesMessages.info("parameter.reset", p.key().key());
        load();
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

    public List<ParameterView> getRows() {
        return rows;
    }

    public Map<String, String> getEdited() {
        return edited;
    }
}
