package org.estatedesk.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.TreeSet;
import org.estatedesk.shared.Roles;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.Versioned;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A person who logs in: department, roles, and the lockout counter of R0.5's security rules. */
@Entity
@Table(name = "app_user")
@Audited
public class AppUser implements Versioned {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    private Long id;

    @NotBlank
    @Size(max = 60)
    @Pattern(regexp = "[a-z0-9._-]+", message = "{validation.username}")
    private String username;

    @NotBlank
    @Size(max = 200)
    @Column(name = "display_name")
    private String displayName;

    @NotAudited
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "company_id")
    private Long companyId;

    @Column(name = "department_id")
    private Long departmentId;

    @Column(name = "group_admin", nullable = false)
    private boolean groupAdmin;

    @Column(nullable = false)
    private boolean enabled = true;

    @NotAudited
    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @NotAudited
    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    @NotAudited
    @Column(name = "last_login_at")
    private OffsetDateTime lastLoginAt;

    @Email
    @Size(max = 200)
    private String email;

    @Size(max = 40)
    private String phone;

    @NotAudited
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    private Set<String> roles = new TreeSet<>();

    /** The contractor a CONTRACTOR user works for (B2); null for everybody else. */
    @Column(name = "contractor_id")
    private Long contractorId;

    @Version
    private int version;

    protected AppUser() {
    }

    public AppUser(String username, String displayName, String passwordHash, Long companyId, Long departmentId) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.companyId = companyId;
        this.departmentId = departmentId;
    }

    /** True while a lockout is running. */
    public boolean isLocked(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failed login; the n-th failure in a row locks the account for the given time. */
    public void loginFailed(OffsetDateTime now, int maxAttempts, Duration lockout) {
        failedLogins++;
        if (failedLogins >= maxAttempts) {
            lockedUntil = now.plus(lockout);
            failedLogins = 0;
        }
    }

    public void loginSucceeded(OffsetDateTime now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    public void grantRoles(Set<String> newRoles) {
        for (String r : newRoles) {
            if (!Roles.ALL.contains(r)) {
                throw new RuleViolationException("error.user.unknownRole", "roles", r);
            }
        }
        roles.clear();
        roles.addAll(newRoles);
    }

    /**
     * Ties a contractor's user to his contractor (B2): a CONTRACTOR user needs one, nobody else has one (the id is
     * dropped when the role is not held). Call after {@link #grantRoles}.
     */
    public void tieToContractor(Long newContractorId) {
        boolean contractor = roles.contains(Roles.CONTRACTOR);
        if (contractor && newContractorId == null) {
            throw new RuleViolationException("error.user.contractorRequired", "contractorId");
        }
        this.contractorId = contractor ? newContractorId : null;
    }

    public Long getContractorId() {
        return contractorId;
    }

    public void describe(String newDisplayName, String newEmail, String newPhone, Long newDepartmentId) {
        this.displayName = newDisplayName;
        this.email = newEmail;
        this.phone = newPhone;
        this.departmentId = newDepartmentId;
    }

    public void makeGroupAdmin(boolean value) {
        this.groupAdmin = value;
    }

    public void enable(boolean value) {
        this.enabled = value;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public boolean isGroupAdmin() {
        return groupAdmin;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public OffsetDateTime getLockedUntil() {
        return lockedUntil;
    }

    public OffsetDateTime getLastLoginAt() {
        return lastLoginAt;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public Set<String> getRoles() {
        return Set.copyOf(roles);
    }

    @Override
    public int getVersion() {
        return version;
    }
}
