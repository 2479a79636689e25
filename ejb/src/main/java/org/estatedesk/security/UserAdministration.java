package org.estatedesk.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.estatedesk.organisation.OrgUnitRepository;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.OperationLog;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.Validation;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.VisibleEstateCache;

/**
 * Users, roles and data scope (R0.5, R0.6). A company administrator manages the users of his own companies; only
 * a group administrator may create other group administrators.
 */
@Stateless
@DeclareRoles({Roles.ADMIN, Roles.STAFF})
public class UserAdministration {
    @Inject
    UserRepository users;

    @Inject
    OrgUnitRepository organisation;

    @Inject
    Passwords passwords;

    @Inject
    CallerContext caller;

    @Inject
    CurrentUser currentUser;

    @Inject
    VisibleEstateCache visibleEstates;

    @Inject
    RecipientCache recipients;

    @Inject
    OperationLog log;

    @Inject
    Validation validation;

    @RolesAllowed(Roles.STAFF)
    public Me me() {
        AppUser u = currentUser.user();
        java.util.Set<String> roles = new java.util.TreeSet<>(u.getRoles());
        return new Me(u.getUsername(), u.getDisplayName(), roles,
                u.isGroupAdmin() ? organisation.findCompanies().stream().map(c -> c.getId()).toList()
                        : users.companyIdsOf(u.getId()), u.isGroupAdmin());
    }

    @RolesAllowed(Roles.ADMIN)
    public Page<AppUser> search(String text, Long companyId, PageRequest page) {
        DataScope scope = caller.scope();
        Long company = companyId;
        if (!scope.groupWide()) {
            Long own = caller.companyId();
            if (company != null && !company.equals(own)) {
                return new Page<>(List.of(), 0);
            }
            company = own;
        }
        return users.search(company, text, page);
    }

    @RolesAllowed(Roles.ADMIN)
    public AppUser user(long id) {
        return visible(id);
    }

    @RolesAllowed(Roles.ADMIN)
    public List<UserScope> scopes(long id) {
        return users.scopesOf(visible(id).getId());
    }

    @RolesAllowed(Roles.ADMIN)
    public AppUser create(UserCommand cmd) {
        if (users.findByUsername(cmd.username()).isPresent()) {
            throw new ConflictException("error.user.exists", cmd.username());
        }
        checkCompany(cmd);
        AppUser u = new AppUser(cmd.username(), cmd.displayName(), passwords.hash(cmd.password()), cmd.companyId(),
                cmd.departmentId());
        apply(u, cmd);
        users.store(validation.check(u));
        users.replaceScopes(u.getId(), scopesOf(u, cmd));
        visibleEstates.invalidate();
        recipients.invalidate();
        log.record("USER_CREATE", "user", u.getId(), u.getUsername() + " " + u.getRoles(), u.getCompanyId());
        return u;
    }

    @RolesAllowed(Roles.ADMIN)
    public AppUser update(long id, UserCommand cmd, Integer version) {
        AppUser u = visible(id);
        u.checkVersion(version);
        checkCompany(cmd);
        apply(u, cmd);
        validation.check(u);
        if (cmd.password() != null && !cmd.password().isBlank()) {
            u.changePassword(passwords.hash(cmd.password()));
        }
        users.replaceScopes(u.getId(), scopesOf(u, cmd));
        visibleEstates.invalidate();
        recipients.invalidate();
        log.record("USER_UPDATE", "user", u.getId(), u.getUsername() + " " + cmd.roles(), u.getCompanyId());
        return u;
    }

    @RolesAllowed(Roles.ADMIN)
    public void unlock(long id) {
        AppUser u = visible(id);
        u.unlock();
        log.record("USER_UNLOCK", "user", id, u.getUsername(), u.getCompanyId());
    }

    private void apply(AppUser u, UserCommand cmd) {
        u.describe(cmd.displayName(), blank(cmd.email()), blank(cmd.phone()), cmd.departmentId());
        u.grantRoles(cmd.roles());
        u.tieToContractor(cmd.contractorId());
        u.enable(cmd.enabled());
        if (cmd.groupAdmin() != u.isGroupAdmin()) {
            if (!caller.scope().groupWide()) {
                throw new RuleViolationException("error.user.groupAdmin", "groupAdmin");
            }
            u.makeGroupAdmin(cmd.groupAdmin());
        }
    }

    private List<UserScope> scopesOf(AppUser u, UserCommand cmd) {
        return cmd.scopes().stream().map(s -> new UserScope(u.getId(), s.companyId(), s.estateId())).toList();
    }

    private void checkCompany(UserCommand cmd) {
        DataScope scope = caller.scope();
        if (cmd.companyId() != null) {
            organisation.find(cmd.companyId()).filter(o -> o.isCompany())
                    .orElseThrow(() -> new RuleViolationException("error.user.company", "companyId"));
        }
        if (!scope.groupWide()) {
            Long own = caller.companyId();
            boolean foreign = cmd.companyId() == null || !cmd.companyId().equals(own)
                    || cmd.scopes().stream().anyMatch(s -> s.companyId() != own);
            if (foreign) {
                throw new RuleViolationException("error.user.foreignCompany", "companyId");
            }
        }
    }

    private AppUser visible(long id) {
        AppUser u = users.find(id).orElseThrow(() -> new NotFoundException("user", id));
        if (!caller.scope().groupWide() && (u.getCompanyId() == null
                || !u.getCompanyId().equals(caller.companyId()))) {
            throw new NotFoundException("user", id);
        }
        return u;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
