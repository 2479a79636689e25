package org.estatedesk.billing;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Meter readings of the units (R4.2, R3.8). Callers check the data scope first. */
public interface ReadingRepository {
    void store(MeterReading reading);

    Optional<MeterReading> lastReading(long unitId, MeterKind meter);

    List<MeterReading> readings(long unitId);

    /** Every unit of an estate in code order with its last reading of the meter (null without one). */
    List<LastReading> lastReadings(long estateId, MeterKind meter);

    /** Consumption per unit and meter in a period, for the units given. */
    Map<Long, Map<MeterKind, BigDecimal>> consumption(Collection<Long> unitIds, YearMonth period);

    /** A unit's last reading of a meter, for the reading sheet. */
    record LastReading(String unitCode, YearMonth lastPeriod, BigDecimal lastReading) {
    }

    /** A unit whose meter has no reading for a period (issue 20: the billing run leaves its metered charge out). */
    record MissingReading(long unitId, String unitCode, long estateId, MeterKind meter) implements java.io.Serializable {
    }

    /**
     * The units of an estate of these types without a reading of the meter for the period, the units in
     * {@code except} left out (sealed meters), by code, at most {@code limit}; {@link #countMissing} counts them all.
     */
    List<MissingReading> missing(long estateId, Collection<org.estatedesk.estates.UnitType> types, MeterKind meter,
            YearMonth period, Collection<Long> except, int limit);

    long countMissing(long estateId, Collection<org.estatedesk.estates.UnitType> types, MeterKind meter,
            YearMonth period, Collection<Long> except);
}
