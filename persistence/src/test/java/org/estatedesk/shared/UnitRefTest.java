package org.estatedesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Where a form belongs (R0.6 filters on it): company, estate and, for a unit's form, the unit and its code. */
class UnitRefTest {
    @Test
    void aUnitReferenceNamesCompanyEstateUnitAndTheCodeAsWritten() {
        UnitRef u = new UnitRef(1, 2, 3, "1-1-0101");
        assertEquals(1L, u.getCompanyId());
        assertEquals(2L, u.getEstateId());
        assertEquals(3L, u.getUnitId());
        assertEquals("1-1-0101", u.getUnitCode());
        assertTrue(u.is(3));
        assertFalse(u.is(4));
    }

    @Test
    void itsEstateIsTheCompanyAndEstate() {
        assertEquals(new EstateRef(1, 2), new UnitRef(1, 2, 3, "x").estate());
        assertEquals(1L, new EstateRef(1, 2).getCompanyId());
        assertEquals(2L, new EstateRef(1, 2).getEstateId());
    }

    @Test
    void referencesAreValues() {
        assertEquals(new UnitRef(1, 2, 3, "x"), new UnitRef(1, 2, 3, "x"));
        assertEquals(new UnitRef(1, 2, 3, "x").hashCode(), new UnitRef(1, 2, 3, "x").hashCode());
        assertNotEquals(new UnitRef(1, 2, 3, "x"), new UnitRef(1, 2, 4, "x"));
        assertNotEquals(new UnitRef(1, 2, 3, "x"), new UnitRef(1, 2, 3, "y"));
        assertNotEquals(new EstateRef(1, 2), new EstateRef(1, 3));
    }

    @Test
    void aFormAnswersForItsUnit() {
        UnitForm form = new UnitForm(new UnitRef(7, 8, 9, "2-0301")) {
        };
        assertEquals(7L, form.getCompanyId());
        assertEquals(8L, form.getEstateId());
        assertEquals(9L, form.getUnitId());
        assertEquals("2-0301", form.getUnitCode());
        assertEquals(new UnitRef(7, 8, 9, "2-0301"), form.getUnit());
    }

    @Test
    void aDecidedFormReadsNoDecisionUntilItIsDecided() {
        var now = java.time.OffsetDateTime.parse("2026-12-03T10:00:00+08:00");
        DecidedEstateForm form = new DecidedEstateForm(new EstateRef(1, 2)) {
        };
        assertFalse(form.getDecision().isDecided());
        assertEquals(null, form.getDecidedBy());
        form.decided(FormDecision.decide("manager", now, " ok "));
        assertEquals("manager", form.getDecidedBy());
        assertEquals(now, form.getDecidedAt());
        assertEquals("ok", form.getDecisionComment());
        assertEquals(2L, form.getEstateId());
        DecidedUnitForm unitForm = new DecidedUnitForm(new UnitRef(1, 2, 3, "x")) {
        };
        assertFalse(unitForm.getDecision().isDecided());
        unitForm.decided(FormDecision.decide("m", now, null));
        assertEquals("m", unitForm.getDecidedBy());
        assertEquals(null, unitForm.getDecisionComment());
    }
}
