package org.estatedesk.owners;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Validation of an 18-character mainland resident identity number (GB 11643-1999): 17 digits whose weighted sum
 * modulo 11 selects the check character, a valid birth date at positions 7–14, and a final digit or X.
 */
public final class ChineseIdNumber {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private ChineseIdNumber() {
    }

    /** The check character that the first 17 digits call for. */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17 || !first17.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("17 digits expected");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** Whether {@code number} is a well-formed identity card number of someone born by {@code today}. */
    public static boolean isValid(String number, LocalDate today) {
        if (number == null || number.length() != 18) {
            return false;
        }
        String n = number.toUpperCase();
        String body = n.substring(0, 17);
        if (!body.chars().allMatch(Character::isDigit)) {
            return false;
        }
        char last = n.charAt(17);
        if (!Character.isDigit(last) && last != 'X') {
            return false;
        }
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(n.substring(6, 10)), Integer.parseInt(n.substring(10, 12)),
                    Integer.parseInt(n.substring(12, 14)));
            if (birth.getYear() < 1900 || birth.isAfter(today)) {
                return false;
            }
        } catch (DateTimeException e) {
            return false;
        }
        return checkCharacter(body) == last;
    }
}
