package org.estatedesk.shared;

import java.util.List;

/**
 * A port of the kernel (R0.6, R0.7): the estates a data scope lets see — its companies' own and those shared with
 * them for acceptance. The estates capability answers it ({@code estates.VisibleEstateIds}).
 */
public interface EstateVisibility {

    /** The ids of the estates the scope lets see (not asked for a group-wide scope, which sees every estate). */
    List<Long> visibleIds(DataScope scope);
}
