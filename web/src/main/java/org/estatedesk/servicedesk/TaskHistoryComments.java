package org.estatedesk.servicedesk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.estatedesk.shared.FacesMessages;
import org.estatedesk.shared.Messages;

/**
 * The comment of a line of a task's history in the reader's language. A callback's line is stored as "RESULT" or
 * "RESULT: the owner's words" ({@link Task#callbackEvent}): it reads "满意：the owner's words". Other lines are shown
 * as written.
 */
@Named
@ApplicationScoped
public class TaskHistoryComments {
    private static final Pattern CALLBACK = Pattern.compile("(SATISFIED|FAIR|DISSATISFIED|UNREACHABLE)(?:: ?(.*))?",
            Pattern.DOTALL);

    public String comment(TaskEvent e) {
        return comment(FacesMessages.locale(), e.getAction(), e.getComment());
    }

    static String comment(Locale locale, String action, String comment) {
        if (!"CALLBACK".equals(action) || comment == null) {
            return comment;
        }
        Matcher m = CALLBACK.matcher(comment);
        if (!m.matches()) {
            return comment;
        }
        String result = Messages.format(locale, "callback.result." + m.group(1));
        String words = m.group(2);
        return words == null || words.isBlank() ? result : Messages.format(locale, "callback.summary", result, words);
    }
}
