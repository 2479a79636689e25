package org.estatedesk.estates;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.estatedesk.organisation.OrgUnit;
import org.estatedesk.organisation.OrganisationService;
import org.estatedesk.organisation.SharedAcceptance;
import org.estatedesk.organisation.SharedAcceptanceService;
import org.estatedesk.shared.FacesMessages;

/**
 * The shared-acceptance page (R0.7, {@code organisation/sharing.xhtml}): which estates another company of the group
 * may take calls for. It lists estates, so it belongs to the estates capability, which stands on organisation (the
 * organisation pages know no estate).
 */
@Named
@ViewScoped
public class SharingBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    SharedAcceptanceService sharing;

    @EJB
    OrganisationService organisation;

    @EJB
    EstateService estates;

    private List<SharedAcceptance> shares = List.of();
    private List<OrgUnit> companies = List.of();
    private List<Estate> visibleEstates = List.of();
    private Long shareCompanyId;
    private Long shareEstateId;

    public void load() {
        // the accepting company is any company of the tree (another company of the group)
        companies = organisation.tree().stream().filter(OrgUnit::isCompany).toList();
        shares = sharing.all();
        visibleEstates = estates.visibleEstates();
    }

    public void share() {
        sharing.share(shareCompanyId == null ? 0 : shareCompanyId, shareEstateId == null ? 0 : shareEstateId);
        FacesMessages.info("saved");
        load();
    }

    public void unshare(SharedAcceptance s) {
        sharing.unshare(s.getId());
        FacesMessages.info("deleted");
        load();
    }

    public String companyName(Long id) {
        return companies.stream().filter(c -> c.getId().equals(id)).map(OrgUnit::getName).findFirst()
                .orElse(String.valueOf(id));
    }

    public String estateLabel(Long id) {
        return visibleEstates.stream().filter(e -> e.getId().equals(id)).map(e -> e.getCode() + " " + e.getName())
                .findFirst().orElse(String.valueOf(id));
    }

    public List<SharedAcceptance> getShares() {
        return shares;
    }

    public List<OrgUnit> getCompanies() {
        return companies;
    }

    public List<Estate> getVisibleEstates() {
        return visibleEstates;
    }

    public Long getShareCompanyId() {
        return shareCompanyId;
    }

    public void setShareCompanyId(Long shareCompanyId) {
        this.shareCompanyId = shareCompanyId;
    }

    public Long getShareEstateId() {
        return shareEstateId;
    }

    public void setShareEstateId(Long shareEstateId) {
        this.shareEstateId = shareEstateId;
    }
}
