package org.estatedesk.decoration;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a decoration plan touches (R3.1). The first eight are R3.2's alterations that need engineering verification
 * before the approvals; the others are ordinary works.
 */
public enum Alteration {
    STRUCTURE(true), FLUE(true), WATERPROOFING(true), WET_ROOM_SIZE(true), DRAINAGE(true), DISTRIBUTION_BOX(true),
    FACADE(true), DOORS_WINDOWS(true),
    WIRING(false), PLUMBING(false), FLOORING(false), CEILING(false), WALL_FINISH(false), AIR_CONDITIONING(false);

    private final boolean needsVerification;

    Alteration(boolean needsVerification) {
        this.needsVerification = needsVerification;
    }

    /** R3.2: engineering verifies this alteration before anyone approves the plan. */
    public boolean needsVerification() {
        return needsVerification;
    }

    public static boolean anyNeedsVerification(Collection<Alteration> alterations) {
        return alterations.stream().anyMatch(Alteration::needsVerification);
    }

    static String join(Set<Alteration> alterations) {
        return alterations.isEmpty() ? null : String.join(",", alterations.stream().sorted().map(Enum::name).toList());
    }

    static Set<Alteration> split(String codes) {
        Set<Alteration> result = EnumSet.noneOf(Alteration.class);
        if (codes != null && !codes.isBlank()) {
            for (String c : codes.split(",")) {
                result.add(valueOf(c.trim()));
            }
        }
        return result;
    }
}
