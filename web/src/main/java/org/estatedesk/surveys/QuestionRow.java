package org.estatedesk.surveys;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** One question as the editor dialog holds it: the options of a single choice one per line. */
public class QuestionRow implements Serializable {
    private static final long serialVersionUID = 1L;

    private QuestionKind kind = QuestionKind.SCORE;
    private String text;
    private boolean required = true;
    private String options;

    public QuestionRow() {
    }

    static QuestionRow of(Question q) {
        QuestionRow r = new QuestionRow();
        r.kind = q.getKind();
        r.text = q.getText();
        r.required = q.isRequired();
        r.options = String.join("\n", q.getOptions());
        return r;
    }

    QuestionDraft draft() {
        List<String> list = options == null || options.isBlank() || kind != QuestionKind.SINGLE_CHOICE ? List.of()
                : Arrays.stream(options.split("\\R")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new QuestionDraft(kind, text, required, list);
    }

    public QuestionKind getKind() {
        return kind;
    }

    public void setKind(QuestionKind kind) {
        this.kind = kind;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public String getOptions() {
        return options;
    }

    public void setOptions(String options) {
        this.options = options;
    }
}
