package org.estatedesk.estates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The estate each user last chose on a page with an estate selector (issue 20), one row per user
 * ({@code user_estate_choice}). Advisory: the reader checks the estate against what the user sees.
 */
@ApplicationScoped
public class EstateChoices {
    @PersistenceContext(unitName = "estatedesk")
    private EntityManager em;

    /** The estate the user chose last, if he chose one. */
    public Optional<Long> last(long userId) {
        List<?> rows = em.createNativeQuery("select estate_id from user_estate_choice where user_id = ?")
                .setParameter(1, userId).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(((Number) rows.get(0)).longValue());
    }

    /** Remembers the user's choice (replacing the one before). */
    public void remember(long userId, long estateId, Instant at) {
        OffsetDateTime when = at.atOffset(ZoneOffset.UTC);
        int n = em.createNativeQuery("update user_estate_choice set estate_id = ?, chosen_at = ? where user_id = ?")
                .setParameter(1, estateId).setParameter(2, when).setParameter(3, userId).executeUpdate();
        if (n == 0) {
            em.createNativeQuery("insert into user_estate_choice (user_id, estate_id, chosen_at) values (?, ?, ?)")
                    .setParameter(1, userId).setParameter(2, estateId).setParameter(3, when).executeUpdate();
        }
    }
}
