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
 * as written. A hop (RECATEGORISE, TRANSFER; issue 20) reads "给排水管 → 屋面渗漏：the reason", the categories or
 * departments by name. The page shows a callback once, as its line of the history, marked when it was late.
 */
@Named
@ApplicationScoped
public class TaskHistoryComments {
    private static final Pattern CALLBACK = Pattern.compile("(SATISFIED|FAIR|DISSATISFIED|UNREACHABLE)(?:: ?(.*))?",
            Pattern.DOTALL);

    /**
     * The comment of a line of this task's history: a hop with the names it went from and to, a callback with its
     * result's name and a late mark, others as {@link #comment(TaskEvent)}.
     */
    public String comment(TaskEvent e, TaskDetail d) {
        Locale locale = FacesMessages.locale();
        if (e.isHop()) {
            return hop(locale, d, e);
        }
        String text = comment(e);
        if ("CALLBACK".equals(e.getAction()) && d != null && d.callbacks().stream()
                .anyMatch(c -> c.isLate() && c.getCalledAt().isEqual(e.getAt()))) {
            return (text == null ? "" : text + " ") + Messages.format(locale, "callback.late");
        }
        return text;
    }

    /** A hop as the history shows it: "from → to：the reason", by name in the reader's language. */
    static String hop(Locale locale, TaskDetail d, TaskEvent e) {
        return Messages.format(locale, "task.hop.summary", hopName(locale, d, e, e.getHopFrom()),
                hopName(locale, d, e, e.getHopTo()), e.getComment() == null ? "" : e.getComment());
    }

    /**
     * The name of where a hop went from or to: the category (by the id the hop keeps) or the department, in the
     * reader's language; null for a line that is no hop.
     */
    static String hopName(Locale locale, TaskDetail d, TaskEvent e, String value) {
        if (!e.isHop() || value == null) {
            return null;
        }
        if (TaskAction.TRANSFER.name().equals(e.getAction())) {
            return Messages.format(locale, "task.department." + value);
        }
        IssueCategory c = d.category(value);
        return c == null ? value : c.name(locale);
    }

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
