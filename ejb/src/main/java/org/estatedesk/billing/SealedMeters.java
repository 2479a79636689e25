package org.estatedesk.billing;

import java.util.List;
import java.util.Optional;

/**
 * A port of billing: the units whose hot-water meter is sealed (R3.8), so that no reading of it is taken. The hot
 * water capability, which seals and unseals, answers it ({@code hotwater.HotWaterSeals}); billing knows no sealing.
 */
public interface SealedMeters {

    /** The seal that keeps the unit's hot-water meter sealed, if any. */
    Optional<Seal> ofUnit(long unitId);

    /** The seals that keep hot-water meters of the estate sealed, in one query. */
    List<Seal> ofEstate(long estateId);

    /** A sealed meter: it refuses a reading (R3.8), and the reading sheet names it. */
    interface Seal {
        Long unitId();

        String unitCode();

        /** The seal's number, or the sealing agreement's while no seal is fitted. */
        String label();

        /** Refuses a reading of the meter while it is sealed (400, R3.8). */
        void refuseReading(MeterKind meter);
    }
}
