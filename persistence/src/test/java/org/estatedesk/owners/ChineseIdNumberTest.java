package org.estatedesk.owners;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChineseIdNumberTest {
    private static final java.time.LocalDate TODAY = java.time.LocalDate.of(2026, 12, 7);

    @Test
    void acceptsPublishedSampleWithCheckDigitX() {
        // GB 11643-1999 worked example: 11010519491231002X
        assertEquals('X', ChineseIdNumber.checkCharacter("11010519491231002"));
        assertTrue(ChineseIdNumber.isValid("11010519491231002X", TODAY));
        assertTrue(ChineseIdNumber.isValid("11010519491231002x", TODAY), "lower-case x is the same check character");
    }

    @Test
    void acceptsNumericCheckDigit() {
        // weighted sum 219, 219 mod 11 = 10 -> '2'
        assertEquals('2', ChineseIdNumber.checkCharacter("44030819990101001"));
        assertTrue(ChineseIdNumber.isValid("440308199901010012", TODAY));
    }

    @Test
    void refusesWrongChecksum() {
        assertFalse(ChineseIdNumber.isValid("110105194912310021", TODAY));
        assertFalse(ChineseIdNumber.isValid("440308199901010013", TODAY));
    }

    @Test
    void refusesWrongLengthLettersAndImpossibleDates() {
        assertFalse(ChineseIdNumber.isValid(null, TODAY));
        assertFalse(ChineseIdNumber.isValid("1101051949123100", TODAY));
        assertFalse(ChineseIdNumber.isValid("11010519491231002XX", TODAY));
        assertFalse(ChineseIdNumber.isValid("1101051949A231002X", TODAY));
        String feb30 = "11010519490230001";
        assertFalse(ChineseIdNumber.isValid(feb30 + ChineseIdNumber.checkCharacter(feb30), TODAY));
        String future = "11010530000101001";
        assertFalse(ChineseIdNumber.isValid(future + ChineseIdNumber.checkCharacter(future), TODAY));
    }
}
