package org.estatedesk.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;

/**
 * One line of a record's history (a task R1.6, a decoration application R3.1, an archive file R5.2): when, who, and
 * a comment, in the columns {@code at}, {@code actor} and {@code comment} (an archive event keeps its comment in
 * {@code detail}, with {@code @AttributeOverride}). Written once, never changed. The subclass holds its id, what the
 * line belongs to and the action (and states) of its own kind.
 */
@MappedSuperclass
public abstract class HistoryEntry {
    /** The longest comment kept; a longer one is cut. */
    public static final int MAX_COMMENT = 1000;

    @Column(nullable = false)
    private OffsetDateTime at;

    @Column(nullable = false)
    private String actor;

    @Column(length = MAX_COMMENT)
    private String comment;

    protected HistoryEntry() {
    }

    /** A line with its comment as given: the subclass chooses {@link #note} or {@link #cut}. */
    protected HistoryEntry(OffsetDateTime at, String actor, String comment) {
        this.at = at;
        this.actor = actor;
        this.comment = comment;
    }

    /** A person's comment: blank is none, else trimmed and cut to {@link #MAX_COMMENT}. */
    public static String note(String comment) {
        return comment == null || comment.isBlank() ? null : cut(comment.trim());
    }

    /** A text kept as it is, cut to {@link #MAX_COMMENT}. */
    public static String cut(String text) {
        return text == null || text.length() <= MAX_COMMENT ? text : text.substring(0, MAX_COMMENT);
    }

    public OffsetDateTime getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getComment() {
        return comment;
    }
}
