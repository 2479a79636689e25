package org.estatedesk.owners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.estatedesk.shared.Roles;
import org.junit.jupiter.api.Test;

class IdNumberMaskTest {

    @Test
    void anIdentityCardShowsItsFirstSixAndLastFour() {
        assertEquals("110105********002X", IdNumberMask.mask("11010519491231002X"));
    }

    @Test
    void elevenCharactersAreTheShortestWithHeadAndTail() {
        assertEquals("ABCDEF*7890", IdNumberMask.mask("ABCDEF17890"));
    }

    @Test
    void aShortNumberShowsAtMostFourAndNeverMoreThanHalf() {
        assertEquals("******7890", IdNumberMask.mask("1234567890"));
        assertEquals("*****5678", IdNumberMask.mask("E12345678"));
        assertEquals("***23", IdNumberMask.mask("AB123"));
        assertEquals("*2", IdNumberMask.mask("12"));
        assertEquals("*", IdNumberMask.mask("1"));
        assertEquals("", IdNumberMask.mask(""));
        assertNull(IdNumberMask.mask(null));
    }

    @Test
    void aSearchMatchesTheLastFourOrTheWholeNumberAndNothingTheMaskHides() {
        assertEquals("%002X", IdNumberMask.searchPattern(" 002x "));
        assertEquals("11010519491231002X", IdNumberMask.searchPattern("11010519491231002x"));
        assertEquals("110105491231002", IdNumberMask.searchPattern("110105491231002"), "an old 15-digit card");
        assertNull(IdNumberMask.searchPattern("1231002X"), "more of the end than the mask shows");
        assertNull(IdNumberMask.searchPattern("19491231"), "a date of birth");
        assertNull(IdNumberMask.searchPattern("002"), "fewer than four");
        assertNull(IdNumberMask.searchPattern("1%2_"), "no wildcards");
        assertNull(IdNumberMask.searchPattern("X002"));
        assertNull(IdNumberMask.searchPattern(null));
    }

    @Test
    void theMaskSentBackIsRecognisedButNotAnotherNumber() {
        assertTrue(IdNumberMask.isMaskOf("110105********002x", "11010519491231002X"));
        assertFalse(IdNumberMask.isMaskOf("11010519491231002X", "11010519491231002X"), "no asterisk: a real number");
        assertFalse(IdNumberMask.isMaskOf("110105********0021", "11010519491231002X"));
        assertFalse(IdNumberMask.isMaskOf(null, "11010519491231002X"));
    }

    @Test
    void editingWithTheMaskKeepsTheStoredNumberAndANewNumberReplacesIt() {
        Owner o = new Owner(1L, OwnerKind.PERSON, "陈", IdType.ID_CARD, "11010519491231002X", "13900001111");
        o.update(OwnerKind.PERSON, "陈二", IdType.ID_CARD, o.getMaskedIdNumber(), "13900001111", null, null, null,
                null, null, null);
        assertEquals("11010519491231002X", o.getIdNumber());
        assertEquals("陈二", o.getName());
        o.update(OwnerKind.PERSON, "陈二", IdType.PASSPORT, "e1234567", "13900001111", null, null, null, null, null,
                null);
        assertEquals("E1234567", o.getIdNumber());
        assertEquals("****4567", o.getMaskedIdNumber());
    }

    @Test
    void administratorsAndCustomerServiceManagersAndSupervisorsSeeTheWholeNumber() {
        assertTrue(IdNumberMask.wholeFor(Set.of(Roles.STAFF, Roles.CS_SUPERVISOR)::contains));
        assertTrue(IdNumberMask.wholeFor(Set.of(Roles.ADMIN)::contains));
        assertFalse(IdNumberMask.wholeFor(Set.of(Roles.STAFF, Roles.FRONT_DESK, Roles.CS_ASSISTANT)::contains));
        assertFalse(IdNumberMask.wholeFor(Set.of(Roles.AUDITOR, Roles.FINANCE)::contains));
    }
}
