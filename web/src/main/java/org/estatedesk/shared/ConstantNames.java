package org.estatedesk.shared;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that a service or a job wrote once, in codes — an operation log line's detail ("REPAIR water-pipe ->
 * ENGINEERING"), an archive audit finding's ("OWNER_MAILBOX", "VACANT", "IDENTITY_COPY") — as a person reads it
 * (issue 20): every enum constant in it that the bundle names ({@code task.kind.REPAIR=报修}; the last part of a
 * key, in capitals) is replaced by that name in the reader's language, so that text written in one language reads in
 * either. A constant that several keys name differently ({@code PHONE}: a channel, a contact preference …) takes the
 * name under the caller's own key prefix ({@code reception.}); one still ambiguous, or unknown, stays as written.
 */
public final class ConstantNames {
    private static final Pattern CONSTANT = Pattern.compile("(?<![A-Za-z0-9_.-])[A-Z][A-Z0-9_]{2,}(?![A-Za-z0-9_-])");
    private static final Map<Locale, Map<String, Map<String, String>>> NAMES = new ConcurrentHashMap<>();

    private ConstantNames() {
    }

    /**
     * {@code text} with the constants in it named; {@code ownPrefix} (e.g. {@code "archive."}, may be null) decides
     * between names.
     */
    public static String named(Locale locale, String ownPrefix, String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Map<String, Map<String, String>> names = NAMES.computeIfAbsent(locale, ConstantNames::constants);
        Matcher m = CONSTANT.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = nameOf(names.get(m.group()), ownPrefix);
            m.appendReplacement(sb, Matcher.quoteReplacement(name == null ? m.group() : name));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String nameOf(Map<String, String> byKey, String ownPrefix) {
        if (byKey == null) {
            return null;
        }
        Set<String> all = new HashSet<>(byKey.values());
        if (all.size() == 1) {
            return all.iterator().next();
        }
        Set<String> own = new HashSet<>();
        byKey.forEach((key, value) -> {
            if (ownPrefix != null && key.startsWith(ownPrefix)) {
                own.add(value);
            }
        });
        return own.size() == 1 ? own.iterator().next() : null;
    }

    /**
     * Every enum constant the bundle names: its keys and their names; not the error texts' keys nor the operation
     * log's operation names ({@code log.op.}), which name no constant of a record.
     */
    private static Map<String, Map<String, String>> constants(Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        Map<String, Map<String, String>> all = new HashMap<>();
        for (String key : Collections.list(b.getKeys())) {
            String last = key.substring(key.lastIndexOf('.') + 1);
            if (key.startsWith("error.") || key.startsWith("log.op.") || !CONSTANT.matcher(last).matches()) {
                continue;
            }
            all.computeIfAbsent(last, k -> new HashMap<>()).put(key, b.getString(key));
        }
        return Map.copyOf(all);
    }
}
