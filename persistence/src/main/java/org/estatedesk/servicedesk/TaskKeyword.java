package org.estatedesk.servicedesk;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a keyword typed into the task list's search means, decided from its form alone so that each kind is found
 * through an index (the list must answer within 100 ms at 5,000,000 tasks):
 * <ul>
 * <li>{@link Kind#NUMBER}: a task number as printed, {@code T00000012} (the T in either case, zeros optional), or its
 * eight digits with the leading zero ({@code 00000012}) — that one task;</li>
 * <li>{@link Kind#UNIT}: letters or digits in groups joined by a dash, {@code 3-2-404} or {@code 3-2} — the tasks
 * of the units whose code starts so;</li>
 * <li>{@link Kind#PHONE}: other digits (3 to 20, a leading + and spaces allowed) — the tasks whose caller's phone
 * starts so;</li>
 * <li>{@link Kind#TEXT}: anything else — the tasks whose caller's name starts so; the description is searched too
 * (contains, any case) only within a registered date range, where the list is narrowed enough to read it.</li>
 * </ul>
 */
public record TaskKeyword(Kind kind, String text, Long taskId) {
    private static final Pattern NUMBER = Pattern.compile("[Tt]\\d{1,18}|0\\d{7}");
    private static final Pattern UNIT = Pattern.compile("[\\p{Alnum}]+(-[\\p{Alnum}]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?\\d{3,20}");
    /** Above every character a code, name or phone holds: {@code text + HIGH} bounds the prefix's range. */
    private static final char HIGH = '\uffff';

    public enum Kind {
        NUMBER, UNIT, PHONE, TEXT
    }

    /** The keyword's meaning; null for none (null or blank). */
    public static TaskKeyword of(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String s = q.strip();
        if (NUMBER.matcher(s).matches()) {
            return new TaskKeyword(Kind.NUMBER, s, Long.parseLong(s.replaceFirst("^[Tt]", "")));
        }
        if (UNIT.matcher(s).matches()) {
            return new TaskKeyword(Kind.UNIT, s, null);
        }
        String digits = s.replace(" ", "");
        if (PHONE.matcher(digits).matches()) {
            return new TaskKeyword(Kind.PHONE, Reception.normalisePhone(digits), null);
        }
        return new TaskKeyword(Kind.TEXT, s, null);
    }

    /** The lower bound of the prefix range: the text itself. */
    public String low() {
        return text;
    }

    /** The upper bound (exclusive) of the prefix range. */
    public String high() {
        return text + HIGH;
    }

    /** For the description: {@code %text%} in lower case, the LIKE wildcards escaped with {@code !}. */
    public String contains() {
        return "%" + text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
