package org.estatedesk.billing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.estatedesk.estates.Estate;
import org.junit.jupiter.api.Test;

/** R4.7: a statement's one table shape, shared by its Excel and PDF downloads. */
class StatementTableTest {
    private static Estate estate() {
        return new Estate(1L, "HW", "海湾花园", "厦门", "x");
    }

    @Test
    void incomeHasAColumnPerHeaderAndItsAmountsRightAligned() {
        StatementTable t = StatementTable.income("2026-11", List.of(new StatementService.Income(estate(),
                Map.of(PaymentMethod.CASH, new BigDecimal("100.00")), 1, new BigDecimal("100.00"))));
        assertEquals("income-2026-11", t.fileStem());
        assertEquals("income-2026-11.pdf", StatementPdf.fileName(t));
        assertEquals(t.headerKeys().size(), t.rows().get(0).length);
        assertEquals("海湾花园", t.rows().get(0)[0]);
        assertEquals("100.00", StatementTable.cell(t.rows().get(0)[1]));
        assertEquals("", StatementTable.cell(t.rows().get(0)[2]), "no card payments");
        assertArrayEquals(new int[] {1, 2, 3, 4, 5, 6, 7}, t.numeric());
    }

    @Test
    void collectionNamesItsMonthsAndRate() {
        StatementTable t = StatementTable.collection("2026-07", "2026-11", List.of(new StatementService.Collection(
                estate(), YearMonth.of(2026, 7), 4, new BigDecimal("887.20"), new BigDecimal("100.00"))));
        assertEquals("2026-07 – 2026-11", t.period());
        assertEquals(t.headerKeys().size(), t.rows().get(0).length);
        assertEquals("2026-07", t.rows().get(0)[1]);
        assertEquals("11.3", StatementTable.cell(t.rows().get(0)[5]));
    }
}
