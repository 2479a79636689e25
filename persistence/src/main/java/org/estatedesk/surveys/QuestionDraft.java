package org.estatedesk.surveys;

import java.util.List;

/** A question as an editor writes it: kind, text, whether it must be answered, the options of a single choice. */
public record QuestionDraft(QuestionKind kind, String text, boolean required, List<String> options) {
    public QuestionDraft {
        options = options == null ? List.of() : List.copyOf(options);
    }
}
