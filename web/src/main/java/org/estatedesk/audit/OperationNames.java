package org.estatedesk.audit;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import org.estatedesk.shared.ConstantNames;
import org.estatedesk.shared.Messages;
import org.estatedesk.shared.OperationLogEntry;

/**
 * What a line of the operation log says in the reader's language: the operation's name ({@code log.op.<code>}),
 * and the record it is about as a kind ({@code log.target.<type>}) and the record's number or name where the line
 * carries it (a task's or reception's number and a user's name lead the line's detail; a login names its user),
 * else its id. A code without a name is shown as itself ({@code OperationNamesTest} keeps that from happening).
 */
public final class OperationNames {
    static final String OPERATION = "log.op.";
    static final String TARGET = "log.target.";

    /** Kinds of record whose lines' detail starts with the record's number or name. */
    private static final Set<String> NAMED_IN_DETAIL = Set.of("task", "reception", "user");
    private static final Set<String> SIGN_IN = Set.of("LOGIN", "LOGOUT");

    private OperationNames() {
    }

    public static String operation(Locale locale, String code) {
        return code == null ? "" : name(locale, OPERATION + code, code);
    }

    /** The record a line is about: "任务 T00000012", "用户 frontdesk", "房间 3677" (no number at hand). */
    public static String target(Locale locale, OperationLogEntry e) {
        return target(locale, e, Map.of());
    }

    /**
     * As {@link #target(Locale, OperationLogEntry)}, the record named from {@code names} ("type:id" to its code or
     * name, read for a page of lines) where it is there: "房间 1-1-101", "业主 王先生".
     */
    public static String target(Locale locale, OperationLogEntry e, Map<String, String> names) {
        if (e.getTargetType() == null) {
            return e.getTargetId() == null ? "" : e.getTargetId();
        }
        String kind = name(locale, TARGET + e.getTargetType(), e.getTargetType());
        String label = names.get(e.getTargetType() + ":" + e.getTargetId());
        if (label == null) {
            label = label(e);
        }
        return label == null || label.isEmpty() ? kind : kind + " " + label;
    }

    private static String label(OperationLogEntry e) {
        if ("user".equals(e.getTargetType()) && SIGN_IN.contains(e.getOperation())) {
            return e.getUsername();
        }
        String detail = e.getDetail();
        if (NAMED_IN_DETAIL.contains(e.getTargetType()) && detail != null && !detail.isBlank()) {
            return detail.strip().split("\\s+", 2)[0];
        }
        return e.getTargetId();
    }

    /**
     * A line's detail as a person reads it: the services write it once, in codes ("T00000042 REPAIR water-pipe ->
     * ENGINEERING", "R00000007 PHONE", "[TECHNICIAN]"); each enum constant in it is named in the reader's language
     * ({@link ConstantNames}), one that several enums name differently by the operation's own prefix
     * ({@code RECEPTION_REGISTER} → {@code reception.…PHONE}).
     */
    public static String detail(Locale locale, String operation, String detail) {
        String own = operation == null ? null : operation.split("_", 2)[0].toLowerCase(Locale.ROOT) + ".";
        return ConstantNames.named(locale, own, detail);
    }

    /** The operation codes that have a name, for the filter: ordered by their name in the locale. */
    public static List<String> operations(Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        return Collections.list(b.getKeys()).stream().filter(k -> k.startsWith(OPERATION))
                .map(k -> k.substring(OPERATION.length())).distinct()
                .sorted(java.util.Comparator.comparing((String c) -> operation(locale, c))
                        .thenComparing(java.util.Comparator.naturalOrder()))
                .toList();
    }

    private static String name(Locale locale, String key, String fallback) {
        try {
            return ResourceBundle.getBundle(Messages.BUNDLE, locale).getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
