package org.estatedesk.jobs;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateRepository;
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
}
