package org.estatedesk.billing;

import java.math.BigDecimal;

/** A billing run's figures: per estate (units done, bills written, amount) and per estate and fee item. */
public final class RunTotals {
    private RunTotals() {
    }

    public record Estate(long estateId, long units, long bills, BigDecimal amount) {
        public Estate plus(Estate o) {
            return new Estate(estateId, units + o.units, bills + o.bills, amount.add(o.amount));
        }
    }

    public record Item(long estateId, String itemCode, String itemName, long lines, BigDecimal amount) {
        public Item plus(Item o) {
            return new Item(estateId, itemCode, itemName, lines + o.lines, amount.add(o.amount));
        }
    }
}
