package org.estatedesk.estates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.util.List;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class EstateChoiceTest {
    private static Estate estate(long id, long company) throws Exception {
        Estate e = new Estate(company, "E" + id, "Estate " + id, "厦门", "x");
        Field f = Estate.class.getDeclaredField("id");
        f.setAccessible(true);
        f.set(e, id);
        return e;
    }

    /** The caller belongs to company 1; he may name company 2 too, nothing else. */
    private static long company(Long named) {
        if (named == null) {
            return 1;
        }
        if (named != 1 && named != 2) {
            throw new NotFoundException("company", named);
        }
        return named;
    }

    private final List<Estate> seen;

    EstateChoiceTest() throws Exception {
        seen = List.of(estate(11, 1), estate(12, 1), estate(21, 2));
    }

    @Test
    void withoutAChoiceAllTheCallersCompanysEstatesInTheVisibleOrder() {
        EstateChoice c = EstateChoice.of(seen, null, List.of(), EstateChoiceTest::company, "error.none");
        assertEquals(1, c.companyId());
        assertEquals(List.of(11L, 12L), c.estateIds());
        assertEquals(List.of(11L, 12L), List.copyOf(c.visible().keySet()));
    }

    @Test
    void theFirstChosenEstateNamesTheCompanyWhenNoneIsNamed() {
        EstateChoice c = EstateChoice.of(seen, null, List.of(21L, 21L), EstateChoiceTest::company, "error.none");
        assertEquals(2, c.companyId());
        assertEquals(List.of(21L), c.estateIds());
    }

    @Test
    void anEstateOfAnotherCompanyOrUnseenIsNotFound() {
        assertThrows(NotFoundException.class,
                () -> EstateChoice.of(seen, 1L, List.of(11L, 21L), EstateChoiceTest::company, "error.none"));
        assertThrows(NotFoundException.class,
                () -> EstateChoice.of(seen, null, List.of(99L), EstateChoiceTest::company, "error.none"));
    }

    @Test
    void aCompanyWithoutEstatesIsRefusedWithTheRunsKey() {
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> EstateChoice.of(List.of(), null, null, EstateChoiceTest::company, "error.billing.noEstates"));
        assertEquals("error.billing.noEstates", e.messageKey());
        assertEquals("estateIds", e.field());
    }
}
