package org.estatedesk.surveys;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.estatedesk.api.JsonFields;
import org.estatedesk.api.Params;
import org.estatedesk.shared.RuleViolationException;

/** The questions and answer sheets of R6.3 read from JSON bodies; a bad value is a 400 naming its field. */
final class SurveyJson {
    private SurveyJson() {
    }

    private static JsonArray array(JsonObject o, String field) {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(v instanceof JsonArray a)) {
            throw new RuleViolationException("error.param.invalid", field, v.toString());
        }
        return a;
    }

    private static JsonObject element(JsonValue v, String field) {
        if (!(v instanceof JsonObject o)) {
            throw new RuleViolationException("error.param.invalid", field, String.valueOf(v));
        }
        return o;
    }

    /** {@code questions: [{kind: SCORE|SINGLE_CHOICE|TEXT, text, required?, options?: [..]}]} */
    static List<QuestionDraft> questions(JsonObject b) {
        JsonArray list = array(b, "questions");
        List<QuestionDraft> drafts = new ArrayList<>();
        if (list == null) {
            return drafts;
        }
        for (int i = 0; i < list.size(); i++) {
            String field = "questions[" + i + "]";
            JsonObject q = element(list.get(i), field);
            List<String> options = new ArrayList<>();
            JsonArray opts = array(q, "options");
            if (opts != null) {
                for (JsonValue o : opts) {
                    if (!(o instanceof JsonString s)) {
                        throw new RuleViolationException("error.param.invalid", field + ".options", o.toString());
                    }
                    options.add(s.getString());
                }
            }
            QuestionKind kind = Params.enumOf(QuestionKind.class, JsonFields.text(q, "kind"), field + ".kind");
            drafts.add(new QuestionDraft(kind, JsonFields.text(q, "text"), JsonFields.flag(q, "required"), options));
        }
        return drafts;
    }

    /** {@code answers: [{questionId, score? | option? | text?}]} */
    static List<AnswerInput> answers(JsonObject b) {
        JsonArray list = array(b, "answers");
        if (list == null) {
            throw new RuleViolationException("error.required", "answers");
        }
        List<AnswerInput> answers = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String field = "answers[" + i + "]";
            JsonObject a = element(list.get(i), field);
            JsonValue score = a.get("score");
            Integer s = null;
            if (score != null && score.getValueType() != JsonValue.ValueType.NULL) {
                if (!(score instanceof JsonNumber n) || !n.isIntegral() || n.longValue() > 100
                        || n.longValue() < -100) {
                    throw new RuleViolationException("error.param.invalid", field + ".score", score.toString());
                }
                s = n.intValue();
            }
            Long question;
            try {
                question = JsonFields.id(a, "questionId");
            } catch (RuleViolationException e) {
                throw new RuleViolationException("error.param.invalid", field + ".questionId",
                        String.valueOf(a.get("questionId")));
            }
            answers.add(new AnswerInput(question, s, JsonFields.text(a, "option"), JsonFields.text(a, "text")));
        }
        return answers;
    }
}
