package org.estatedesk.estates;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.estatedesk.shared.DataScope;

/** The companies a schedule runs its job for: every company that has an estate, in id order. */
public final class Companies {
    private Companies() {
    }

    public static Collection<Long> withEstates(EstateRepository estates) {
        TreeSet<Long> ids = new TreeSet<>();
        List<Estate> all = estates.findVisible(new DataScope(0, true));
        all.forEach(e -> ids.add(e.getCompanyId()));
        return ids;
    }

    /**
     * Starts a company's run for every company with estates; a company whose run cannot start (already running) is
     * logged with {@code failure}'s words and skipped.
     */
    public static void each(EstateRepository estates, Logger log, LongFunction<String> failure, LongConsumer start) {
        for (Long company : withEstates(estates)) {
            try {
                start.accept(company);
            } catch (RuntimeException e) {
                log.log(Level.WARNING, failure.apply(company), e);
            }
        }
    }
}
