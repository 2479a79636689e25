package org.estatedesk.estates;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.estatedesk.shared.RuleViolationException;

/**
 * A numbering rule for unit generation (R0.3), such as {@code {building}-{entrance}-{floor}{nn}}.
 * Tokens: {@code {building}}, {@code {entrance}}, {@code {floor}} (as is), {@code {ff}} (floor, two digits),
 * {@code {n}} (position on the floor), {@code {nn}} (position, two digits). A pattern must contain a floor and a
 * position token, or the codes it produces would not be unique.
 */
public final class UnitNumberPattern {
    public static final String DEFAULT = "{building}-{entrance}-{floor}{nn}";
    private static final Pattern TOKEN = Pattern.compile("\\{([a-z]+)}");
    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9_-]*");

    private final String pattern;

    public UnitNumberPattern(String pattern) {
        if (pattern == null || pattern.isBlank()) {
            throw new RuleViolationException("error.pattern.empty", "pattern");
        }
        boolean floor = false;
        boolean position = false;
        Matcher m = TOKEN.matcher(pattern);
        int last = 0;
        while (m.find()) {
            checkLiteral(pattern, pattern.substring(last, m.start()));
            switch (m.group(1)) {
                case "floor", "ff" -> floor = true;
                case "n", "nn" -> position = true;
                case "building", "entrance" -> { }
                default -> throw new RuleViolationException("error.pattern.unknownToken", "pattern", m.group());
            }
            last = m.end();
        }
        checkLiteral(pattern, pattern.substring(last));
        if (!floor || !position) {
            throw new RuleViolationException("error.pattern.notUnique", "pattern", pattern);
        }
        this.pattern = pattern;
    }

    private static void checkLiteral(String pattern, String literal) {
        if (!LITERAL.matcher(literal).matches()) {
            throw new RuleViolationException("error.pattern.badCharacter", "pattern", pattern);
        }
    }

    /** The code of the unit at a position (1-based) on a floor. */
    public String format(String building, String entrance, int floor, int position) {
        if (floor < 1 || position < 1) {
            throw new IllegalArgumentException("floor " + floor + ", position " + position);
        }
        Matcher m = TOKEN.matcher(pattern);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "building" -> building;
                case "entrance" -> entrance == null ? "" : entrance;
                case "floor" -> Integer.toString(floor);
                case "ff" -> String.format("%02d", floor);
                case "n" -> Integer.toString(position);
                default -> String.format("%02d", position);
            };
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString().replaceAll("--+", "-").replaceAll("^-|-$", "");
    }

    /** Whether the codes name the building, as they must when one layout numbers several buildings. */
    public boolean namesBuilding() {
        return pattern.contains("{building}");
    }

    /** Whether the codes name the entrance, as they must when a floor has units in several entrances. */
    public boolean namesEntrance() {
        return pattern.contains("{entrance}");
    }

    @Override
    public String toString() {
        return pattern;
    }
}
