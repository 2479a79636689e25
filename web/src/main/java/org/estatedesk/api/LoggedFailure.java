package org.estatedesk.api;

/**
 * An unexpected failure as the log keeps it: the same classes and stack frames, every message cut to
 * {@link #MAX_MESSAGE} characters. Exception texts may carry request data (RESTEasy's "bad arguments" names the bound
 * body whole: a 5 MB array once stalled the console for minutes), so nothing reaches the log uncut.
 */
final class LoggedFailure extends Throwable {
    private static final long serialVersionUID = 1L;
    static final int MAX_MESSAGE = 300;
    private static final int MAX_CAUSES = 8;

    private final String type;

    private LoggedFailure(String type, String message, LoggedFailure cause, StackTraceElement[] trace) {
        super(message, cause, false, true);
        this.type = type;
        setStackTrace(trace);
    }

    static Throwable of(Throwable thrown) {
        return copy(thrown, 0);
    }

    private static LoggedFailure copy(Throwable t, int depth) {
        String message = t.getMessage();
        if (message != null && message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE) + "… (" + message.length() + " characters)";
        }
        LoggedFailure cause = t.getCause() != null && t.getCause() != t && depth < MAX_CAUSES
                ? copy(t.getCause(), depth + 1) : null;
        return new LoggedFailure(t.getClass().getName(), message, cause, t.getStackTrace());
    }

    @Override
    public String toString() {
        return getMessage() == null ? type : type + ": " + getMessage();
    }
}
