package org.estatedesk.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rates of the statistics: percentages with one decimal, per-mille figures with two, null when there is no base. */
public final class Rates {
    private Rates() {
    }

    public static BigDecimal percent(long part, long whole) {
        return whole <= 0 ? null : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    public static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole == null || whole.signum() <= 0 ? null : part.multiply(BigDecimal.valueOf(100))
                .divide(whole, 1, RoundingMode.HALF_UP);
    }

    public static BigDecimal permille(long part, long whole) {
        return whole <= 0 ? null : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(1000))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
