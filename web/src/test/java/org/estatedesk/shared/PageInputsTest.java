package org.estatedesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class PageInputsTest {

    @Test
    void aTypedMonthIsReadTrimmed() {
        assertEquals(YearMonth.of(2026, 11), PageInputs.month(" 2026-11 ", "period"));
    }

    @Test
    void anythingElseIsRefusedAtItsInput() {
        RuleViolationException refused = assertThrows(RuleViolationException.class,
                () -> PageInputs.month("11/2026", "validFrom"));
        assertEquals("error.param.invalid", refused.messageKey());
        assertEquals("validFrom", refused.field());
        assertThrows(RuleViolationException.class, () -> PageInputs.month(null, "period"));
    }
}
