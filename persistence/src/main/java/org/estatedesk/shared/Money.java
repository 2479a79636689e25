package org.estatedesk.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Yuan with two decimals: amounts typed by people are refused with more; computed ones are rounded half-up. */
public final class Money {
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
    /** The largest amount of one line, payment or bill (numeric(14,2)). */
    public static final BigDecimal MAX = new BigDecimal("999999999999.99");

    private Money() {
    }

    /** A computed amount rounded half-up to the cent (R4.3: per line). */
    public static BigDecimal round(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * An amount entered by a person or a client: positive, at most two decimals, within range; returned with
     * exactly two decimals. Otherwise a 400 on {@code field}.
     */
    public static BigDecimal positive(BigDecimal value, String field) {
        if (value == null) {
            throw new RuleViolationException("error.required", field);
        }
        if (value.signum() <= 0) {
            throw new RuleViolationException("error.money.positive", field);
        }
        if (value.scale() > 2) {
            throw new RuleViolationException("error.money.decimals", field);
        }
        if (value.compareTo(MAX) > 0) {
            throw new RuleViolationException("error.money.tooLarge", field);
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }
}
