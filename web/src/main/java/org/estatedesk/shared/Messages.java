package org.estatedesk.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Formats a message key of the {@code messages} bundle in a locale; an unknown key is shown as itself. */
public final class Messages {
    public static final String BUNDLE = "org.estatedesk.web.messages";

    private Messages() {
    }

    public static String format(Locale locale, String key, Object... args) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
