package org.estatedesk.owners;

import java.util.Set;
import org.estatedesk.shared.Roles;

/**
 * An identity number as the front line sees it (issue 20): the first six and the last four characters with asterisks
 * between ({@code 350102********1234}), so that a receptionist can confirm a caller's number without the ledger
 * handing the whole of it out. A number of ten characters or fewer (passports, permits) has no six-and-four that
 * would hide anything: it shows only its last characters, at most four and never more than half of it
 * ({@code E12345678} → {@code *****5678}, {@code AB123} → {@code ***23}).
 *
 * <p>The roles that need the whole number ({@link #WHOLE_NUMBER_ROLES}) are those who register and correct the
 * ledger's identities and answer for them: administrators, CS managers and CS supervisors. The front desk, CS
 * assistants, shop administrators and everybody else see the mask; the whole number of one owner is shown to a
 * permitted role on request, and every such showing is written to the operation log.
 */
public final class IdNumberMask {
    /** The roles that see the whole identity number (each showing logged). */
    public static final Set<String> WHOLE_NUMBER_ROLES = Set.of(Roles.ADMIN, Roles.CS_MANAGER, Roles.CS_SUPERVISOR);

    private static final int HEAD = 6;
    private static final int TAIL = 4;

    private IdNumberMask() {
    }

    /** The masked form of {@code number}; {@code null} for {@code null}. */
    public static String mask(String number) {
        if (number == null) {
            return null;
        }
        int length = number.length();
        if (length > HEAD + TAIL) {
            return number.substring(0, HEAD) + "*".repeat(length - HEAD - TAIL) + number.substring(length - TAIL);
        }
        int shown = Math.min(TAIL, length / 2);
        return "*".repeat(length - shown) + number.substring(length - shown);
    }

    /** Whether {@code candidate} is the mask of {@code number}, i.e. a form sent back with the number unchanged. */
    public static boolean isMaskOf(String candidate, String number) {
        return candidate != null && number != null && candidate.indexOf('*') >= 0
                && candidate.trim().equalsIgnoreCase(mask(number));
    }

    /**
     * What a search may match of an identity number, as a LIKE pattern: its last four characters (those the mask
     * shows, which a caller reads out) or the whole number (fifteen characters or more); never a part in the middle (a
     * date of birth), the start (a region) or more of the end than the mask shows, which would let a search confirm
     * the hidden digits one by one. {@code null} when {@code text} is neither: the number is then not searched.
     */
    public static String searchPattern(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim().toUpperCase(java.util.Locale.ROOT);
        if (!SEARCHABLE.matcher(t).matches()) {
            return null;
        }
        return t.length() == TAIL ? "%" + t : t.length() >= WHOLE ? t : null;
    }

    private static final java.util.regex.Pattern SEARCHABLE = java.util.regex.Pattern.compile("[0-9]+X?");
    private static final int WHOLE = 15;

    /** Whether a caller holding {@code roles} sees the whole number. */
    public static boolean wholeFor(java.util.function.Predicate<String> callerInRole) {
        return WHOLE_NUMBER_ROLES.stream().anyMatch(callerInRole);
    }
}
