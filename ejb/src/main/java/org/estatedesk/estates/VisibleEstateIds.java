package org.estatedesk.estates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.EstateVisibility;

/** The estates capability's answer to the kernel's {@link EstateVisibility}: its repository's query (R0.6, R0.7). */
@ApplicationScoped
public class VisibleEstateIds implements EstateVisibility {
    @Inject
    EstateRepository estates;

    @Override
    public List<Long> visibleIds(DataScope scope) {
        return estates.visibleIds(scope);
    }
}
