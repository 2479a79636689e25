package org.estatedesk.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.estatedesk.estates.UnitType;
import org.estatedesk.shared.Money;

/**
 * The fee rules of R4.1 for one unit and period: area × monthly rate, a flat monthly amount, consumption × price;
 * each line rounded half-up to the cent, the bill's total the sum of its lines. Pure: the billing job and the
 * dry run feed it the rates in force and the unit's consumption.
 */
public final class BillCalculator {
    /** A fee item's price for one estate and unit type. */
    public record Rate(long estateId, UnitType unitType, String itemCode, String itemName, FeeBasis basis,
            MeterKind meter, BigDecimal unitPrice, YearMonth validFrom) {
    }

    /** A line to bill: quantity × unit price = amount (rounded). */
    public record Line(String itemCode, String itemName, BigDecimal quantity, BigDecimal unitPrice,
            BigDecimal amount) {
    }

    /**
     * A contract's monthly amount for a unit (R4.1), billed for every period that has a day from {@code start} to
     * {@code lastDay} (both included; the termination date of a terminated contract). A whole month is one line of
     * quantity 1 at the monthly amount; a first or last partial month is prorated by days: quantity = the days in
     * force, unit price = the monthly amount / the days of the month (4 decimals, for show), amount = monthly amount
     * × days / days of the month, rounded half-up to the cent (from the exact fraction, not the rounded daily
     * price). A draft ({@code billable} false) is never billed.
     */
    public record Charge(long unitId, String contractCode, String itemCode, String itemName, BigDecimal monthly,
            LocalDate start, LocalDate lastDay, boolean billable) {
        public Optional<Line> line(YearMonth period) {
            LocalDate first = start.isAfter(period.atDay(1)) ? start : period.atDay(1);
            LocalDate last = lastDay.isBefore(period.atEndOfMonth()) ? lastDay : period.atEndOfMonth();
            if (!billable || last.isBefore(first)) {
                return Optional.empty();
            }
            long days = ChronoUnit.DAYS.between(first, last) + 1;
            int month = period.lengthOfMonth();
            if (days == month) {
                return Optional.of(new Line(itemCode, itemName, BigDecimal.ONE, monthly, Money.round(monthly)));
            }
            BigDecimal daily = monthly.divide(BigDecimal.valueOf(month), 4, RoundingMode.HALF_UP);
            BigDecimal amount = monthly.multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(month), 2,
                    RoundingMode.HALF_UP);
            return Optional.of(new Line(itemCode, itemName, BigDecimal.valueOf(days), daily, amount));
        }
    }

    private final Map<String, List<Rate>> inForce = new HashMap<>();

    /**
     * The rates in force in {@code period}: for each estate, unit type and fee item the one with the latest
     * {@code validFrom} not after the period. Rates of later periods are ignored.
     */
    public BillCalculator(Collection<Rate> rates, YearMonth period) {
        Map<String, Rate> latest = new HashMap<>();
        for (Rate r : rates) {
            if (r.validFrom().isAfter(period)) {
                continue;
            }
            latest.merge(key(r.estateId(), r.unitType()) + "/" + r.itemCode(), r,
                    (a, b) -> a.validFrom().isAfter(b.validFrom()) ? a : b);
        }
        for (Rate r : latest.values()) {
            inForce.computeIfAbsent(key(r.estateId(), r.unitType()), k -> new ArrayList<>()).add(r);
        }
        inForce.values().forEach(l -> l.sort(Comparator.comparing(Rate::itemCode)));
    }

    private static String key(long estateId, UnitType type) {
        return estateId + "/" + type;
    }

    /** Whether any rate in force is metered (else nobody's readings need reading). */
    public boolean metered() {
        return inForce.values().stream().flatMap(List::stream).anyMatch(r -> r.basis() == FeeBasis.METERED);
    }

    /** The rates that apply to a unit, in item-code order. */
    public List<Rate> ratesFor(long estateId, UnitType type) {
        return inForce.getOrDefault(key(estateId, type), List.of());
    }

    /**
     * The lines of one unit's bill. A metered item is billed only when the unit has a reading of its meter in the
     * period ({@code consumption}); an empty list means there is nothing to bill.
     */
    public List<Line> lines(long estateId, UnitType type, BigDecimal area, Map<MeterKind, BigDecimal> consumption) {
        List<Line> lines = new ArrayList<>();
        for (Rate r : ratesFor(estateId, type)) {
            BigDecimal quantity = switch (r.basis()) {
                case AREA -> area;
                case FIXED -> BigDecimal.ONE;
                case METERED -> consumption.get(r.meter());
                case ONE_OFF -> null;
            };
            if (quantity == null) {
                continue;
            }
            lines.add(new Line(r.itemCode(), r.itemName(), quantity, r.unitPrice(),
                    Money.round(quantity.multiply(r.unitPrice()))));
        }
        return lines;
    }

    /**
     * The lines of one unit's bill with its contracts' charges after the rates' lines (in the order given: the
     * billing run passes them by contract code).
     */
    public List<Line> lines(long estateId, UnitType type, BigDecimal area, Map<MeterKind, BigDecimal> consumption,
            List<Charge> charges, YearMonth period) {
        List<Line> lines = lines(estateId, type, area, consumption);
        for (Charge c : charges) {
            c.line(period).ifPresent(lines::add);
        }
        return lines;
    }

    /** The sum of the lines' amounts. */
    public static BigDecimal total(List<Line> lines) {
        return lines.stream().map(Line::amount).reduce(Money.ZERO, BigDecimal::add);
    }
}
