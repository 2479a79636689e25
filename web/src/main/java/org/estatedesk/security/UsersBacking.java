package org.estatedesk.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateService;
import org.estatedesk.organisation.OrgUnit;
import org.estatedesk.organisation.OrgUnitKind;
import org.estatedesk.organisation.OrganisationService;
import org.estatedesk.shared.FacesMessages;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.PagedModel;
import org.estatedesk.shared.Roles;

/**
 * Users, roles and data scope (R0.5, R0.6): search, create, edit, unlock. The data scope is edited as a list of
 * estates ("all estates of the user's company" when none is chosen).
 */
@Named
@ViewScoped
public class UsersBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String TABLE = "form:users";

    @Inject
    Clock clock;

    @EJB
    UserAdministration users;

    @EJB
    OrganisationService organisation;

    @EJB
    EstateService estates;

    private String q;
    private Long filterCompanyId;
    private final PagedModel<AppUser> model = new PagedModel<>(this::page, AppUser::getId);
    private List<OrgUnit> organisationUnits = List.of();
    private List<Estate> visibleEstates = List.of();
    private boolean groupAdmin;

    // dialog
    private Long id;
    private Integer version;
    private String username;
    private String displayName;
    private String password;
    private Long companyId;
    private Long departmentId;
    private String email;
    private String phone;
    private List<String> roles = new ArrayList<>();
    private List<Long> scopeEstateIds = new ArrayList<>();
    private boolean enabled = true;
    private boolean makeGroupAdmin;

    @PostConstruct
    void init() {
        organisationUnits = organisation.tree();
        visibleEstates = estates.visibleEstates();
        groupAdmin = users.me().groupAdmin();
    }

    private Page<AppUser> page(PagedModel.Request r) {
        return users.search(q, filterCompanyId, new PageRequest(r.first() / r.size(), r.size()));
    }

    public void search() {
        model.restart(TABLE);
    }

    public void newUser() {
        id = null;
        version = null;
        username = displayName = password = email = phone = null;
        companyId = getCompanies().size() == 1 ? getCompanies().get(0).getId() : null;
        departmentId = null;
        roles = new ArrayList<>();
        scopeEstateIds = new ArrayList<>();
        enabled = true;
        makeGroupAdmin = false;
    }

    public void edit(AppUser u) {
        AppUser fresh = users.user(u.getId());
        id = fresh.getId();
        version = fresh.getVersion();
        username = fresh.getUsername();
        displayName = fresh.getDisplayName();
        password = null;
        companyId = fresh.getCompanyId();
        departmentId = fresh.getDepartmentId();
        email = fresh.getEmail();
        phone = fresh.getPhone();
        roles = new ArrayList<>(fresh.getRoles());
        scopeEstateIds = new ArrayList<>(users.scopes(id).stream().map(UserScope::getEstateId)
                .filter(e -> e != null).toList());
        enabled = fresh.isEnabled();
        makeGroupAdmin = fresh.isGroupAdmin();
    }

    public void save() {
        List<UserCommand.Scope> scopes = new ArrayList<>();
        if (companyId != null) {
            if (scopeEstateIds.isEmpty()) {
                scopes.add(new UserCommand.Scope(companyId, null));
            } else {
                scopeEstateIds.forEach(e -> scopes.add(new UserCommand.Scope(companyOf(e), e)));
            }
        }
        UserCommand cmd = new UserCommand(username, displayName, password, companyId, departmentId, email, phone,
                new LinkedHashSet<>(roles), scopes, makeGroupAdmin, enabled);
        AppUser saved = id == null ? users.create(cmd) : users.update(id, cmd, version);
        FacesMessages.info("user.saved", saved.getUsername());
        model.restart(TABLE);
    }

    public void unlock(AppUser u) {
        users.unlock(u.getId());
        FacesMessages.info("user.unlocked", u.getUsername());
    }

    private long companyOf(Long estateId) {
        return visibleEstates.stream().filter(e -> e.getId().equals(estateId)).map(Estate::getCompanyId).findFirst()
                .orElse(companyId);
    }

    public boolean locked(AppUser u) {
        return u.isLocked(OffsetDateTime.now(clock));
    }

    public String companyName(Long id) {
        return organisationUnits.stream().filter(o -> o.getId().equals(id)).map(OrgUnit::getName).findFirst()
                .orElse("");
    }

    public List<OrgUnit> getCompanies() {
        return organisationUnits.stream().filter(OrgUnit::isCompany).toList();
    }

    public List<OrgUnit> getDepartments() {
        return organisationUnits.stream().filter(o -> o.getKind() == OrgUnitKind.DEPARTMENT
                && companyId != null && companyId.equals(o.getCompanyId())).toList();
    }

    public List<Estate> getCompanyEstates() {
        return visibleEstates.stream().filter(e -> companyId != null && companyId.equals(e.getCompanyId())).toList();
    }

    public List<String> getAllRoles() {
        return Roles.ALL;
    }

    public PagedModel<AppUser> getModel() {
        return model;
    }

    public boolean isGroupAdmin() {
        return groupAdmin;
    }

    public boolean isEditing() {
        return id != null;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public Long getFilterCompanyId() {
        return filterCompanyId;
    }

    public void setFilterCompanyId(Long filterCompanyId) {
        this.filterCompanyId = filterCompanyId;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public void setCompanyId(Long companyId) {
        this.companyId = companyId;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public List<Long> getScopeEstateIds() {
        return scopeEstateIds;
    }

    public void setScopeEstateIds(List<Long> scopeEstateIds) {
        this.scopeEstateIds = scopeEstateIds;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isMakeGroupAdmin() {
        return makeGroupAdmin;
    }

    public void setMakeGroupAdmin(boolean makeGroupAdmin) {
        this.makeGroupAdmin = makeGroupAdmin;
    }
}
