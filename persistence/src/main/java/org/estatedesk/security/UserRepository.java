package org.estatedesk.security;

import java.util.List;
import java.util.Optional;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;

public interface UserRepository {
    Optional<AppUser> find(long id);

    Optional<AppUser> findByUsername(String username);

    /** The enabled users of a company holding any of these roles (recipients of notifications). */
    List<AppUser> withRoles(long companyId, java.util.Collection<String> roles);

    /** The same users' names and e-mail addresses (those with an address), in user-name order. */
    List<Recipient> recipients(long companyId, java.util.Collection<String> roles);

    /** Locks the user's row and re-reads it, so that concurrent failed logins are counted one after another. */
    AppUser lockAndRefresh(AppUser user);

    /**
     * Records a successful login without touching the row's version: concurrent logins of one user (an API client
     * with several connections) must not collide on optimistic locking. Returns whether a row changed.
     */
    boolean recordLogin(long userId, java.time.OffsetDateTime now);

    /**
     * Replaces a user's password hash by a stronger one of the same password (at login), only if it is still the
     * one checked: a password changed meanwhile is kept. Whether it was replaced.
     */
    boolean replacePasswordHash(long userId, String checkedHash, String newHash);

    /** Users of the given company (all companies when null), filtered by a fragment of name or username. */
    Page<AppUser> search(Long companyId, String text, PageRequest page);

    List<UserScope> scopesOf(long userId);

    /** The companies in which the user holds any scope, in id order. */
    List<Long> companyIdsOf(long userId);

    void replaceScopes(long userId, List<UserScope> scopes);

    AppUser store(AppUser user);
}
