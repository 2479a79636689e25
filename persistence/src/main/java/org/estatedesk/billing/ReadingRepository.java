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
}
