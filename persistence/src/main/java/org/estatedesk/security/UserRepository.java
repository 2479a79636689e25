package org.estatedesk.security;

import java.util.List;
import java.util.Optional;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;

public interface UserRepository {
    Optional<AppUser> find(long id);

    Optional<AppUser> findByUsername(String username);

    /** Users of the given company (all companies when null), filtered by a fragment of name or username. */
    Page<AppUser> search(Long companyId, String text, PageRequest page);

    List<UserScope> scopesOf(long userId);

    /** The companies in which the user holds any scope, in id order. */
    List<Long> companyIdsOf(long userId);

    void replaceScopes(long userId, List<UserScope> scopes);

    AppUser store(AppUser user);
}
