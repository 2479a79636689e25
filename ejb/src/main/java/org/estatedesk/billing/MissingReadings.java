package org.estatedesk.billing;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.estatedesk.estates.UnitType;
import org.estatedesk.shared.Roles;

/**
 * The meter readings a billing run misses (issue 20): of the units of the run's estates whose type has a metered
 * rate in force for the period, those with no reading of that meter for it — the run leaves their metered charge
 * out ({@link BillCalculator#lines}), so its result page and API say so rather than stay silent. Sealed hot-water
 * meters (R3.8, {@link SealedMeters}) are not missing. Counted in SQL per estate and meter, the units listed up to a
 * limit, so that a run of a million units answers at once. Read when the run is looked at: what is missing now.
 */
@Stateless
@DeclareRoles(Roles.STAFF)
public class MissingReadings {
    /** The most units one answer lists. */
    public static final int LIMIT = 50;

    @EJB
    BillingRuns runs;

    @Inject
    FeeRepository fees;

    @Inject
    ReadingRepository readings;

    @Inject
    SealedMeters sealings;

    /** How many readings are missing in all, and the first of them by estate, meter and unit code. */
    public record Missing(long total, List<ReadingRepository.MissingReading> units) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The readings the run's period misses in its estates (404 for a run the caller may not see). */
    @RolesAllowed(Roles.STAFF)
    public Missing of(long runId) {
        BillingRunView run = runs.run(runId);
        BillCalculator calculator = new BillCalculator(fees.calculatorRates(run.estateIds()), run.period());
        long total = 0;
        List<ReadingRepository.MissingReading> units = new ArrayList<>();
        for (long estateId : run.estateIds()) {
            Map<MeterKind, Set<UnitType>> metered = new EnumMap<>(MeterKind.class);
            for (UnitType type : UnitType.values()) {
                calculator.ratesFor(estateId, type).stream().filter(r -> r.basis() == FeeBasis.METERED
                        && r.meter() != null).forEach(r -> metered.computeIfAbsent(r.meter(),
                                k -> EnumSet.noneOf(UnitType.class)).add(type));
            }
            for (Map.Entry<MeterKind, Set<UnitType>> m : metered.entrySet()) {
                List<Long> sealed = m.getKey() == MeterKind.HOT_WATER ? sealings.ofEstate(estateId).stream()
                        .map(SealedMeters.Seal::unitId).distinct().toList() : List.of();
                total += readings.countMissing(estateId, m.getValue(), m.getKey(), run.period(), sealed);
                units.addAll(readings.missing(estateId, m.getValue(), m.getKey(), run.period(), sealed,
                        LIMIT - units.size()));
            }
        }
        return new Missing(total, units);
    }
}
