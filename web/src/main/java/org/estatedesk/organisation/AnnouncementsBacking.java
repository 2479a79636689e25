package org.estatedesk.organisation;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.FacesMessages;

/** Announcements (R0.10): publish to one company or the whole group, revise, withdraw. */
@Named
@ViewScoped
public class AnnouncementsBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @Inject
    CompanyZones zones;

    @EJB
    AnnouncementService announcements;

    @EJB
    OrganisationService organisation;

    private List<Announcement> all = List.of();
    private List<OrgUnit> companies = List.of();
    private boolean groupAdmin;

    private Long id;
    private Integer version;
    private Long companyId;
    private String title;
    private String body;
    private LocalDateTime expiresAt;

    @PostConstruct
    void init() {
        groupAdmin = organisation.callerSeesTheGroup();
        companies = organisation.companies();
        load();
    }

    private void load() {
        all = announcements.all();
    }

    public void newAnnouncement() {
        id = null;
        version = null;
        companyId = groupAdmin ? null : companies.isEmpty() ? null : companies.get(0).getId();
        title = body = null;
        expiresAt = null;
    }

    public void edit(Announcement a) {
        id = a.getId();
        version = a.getVersion();
        companyId = a.getCompanyId();
        title = a.getTitle();
        body = a.getBody();
        expiresAt = a.getExpiresAt() == null ? null : a.getExpiresAt().atZoneSameInstant(zones.zone()).toLocalDateTime();
    }

    public void save() {
        OffsetDateTime expiry = expiresAt == null ? null : expiresAt.atZone(zones.zone()).toOffsetDateTime();
        Announcement a = id == null ? announcements.publish(companyId, title, body, expiry)
                : announcements.revise(id, title, body, expiry, version);
        FacesMessages.info("announcement.saved", a.getTitle());
        load();
    }

    public void withdraw(Announcement a) {
        announcements.withdraw(a.getId());
        FacesMessages.info("deleted");
        load();
    }

    public String companyName(Long id) {
        return organisation.companies().stream().filter(c -> c.getId().equals(id)).map(OrgUnit::getName)
                .findFirst().orElse("");
    }

    public boolean isExpired(Announcement a) {
        return a.getExpiresAt() != null && a.getExpiresAt().isBefore(OffsetDateTime.now(clock));
    }

    public List<Announcement> getAll() {
        return all;
    }

    public List<OrgUnit> getCompanies() {
        return companies;
    }

    public boolean isGroupAdmin() {
        return groupAdmin;
    }

    public boolean isEditing() {
        return id != null;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public void setCompanyId(Long companyId) {
        this.companyId = companyId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public LocalDateTime getExpiresAt() {
        return expiresAt;
    }

    public void setExpiresAt(LocalDateTime expiresAt) {
        this.expiresAt = expiresAt;
    }
}
