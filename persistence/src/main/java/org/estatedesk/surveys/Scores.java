package org.estatedesk.surveys;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The scoring of R6.3, from counts and sums the database groups: the response rate (answered invitations among all,
 * in %), the average of each SCORE question (1–5, two decimals), the option counts of each single choice, and the
 * overall satisfaction — the average of every SCORE answer of the survey scaled from 1–5 to 0–100, i.e.
 * (average − 1) × 25, one decimal, half up. A figure without a base is null.
 */
public final class Scores {
    /** What the database counted for one question: answers, the sum of their scores, answers per option index. */
    public record Tally(long answers, long scoreSum, Map<Integer, Long> options) {
    }

    public record OptionCount(String label, long count) {
    }

    public record QuestionScore(long questionId, int position, QuestionKind kind, String text, long answers,
            BigDecimal average, List<OptionCount> options) {
    }

    /** One survey (one estate): invitations, answered, response rate, the SCORE answers and the satisfaction. */
    public record SurveyScore(long surveyId, long estateId, long invitations, long answered,
            BigDecimal responseRate, long scoreAnswers, BigDecimal averageScore, BigDecimal satisfaction) {
        public static SurveyScore of(long surveyId, long estateId, long invitations, long answered, long scoreAnswers,
                long scoreSum) {
            return new SurveyScore(surveyId, estateId, invitations, answered, Scores.responseRate(answered, invitations),
                    scoreAnswers, Scores.average(scoreSum, scoreAnswers), Scores.satisfaction(scoreSum, scoreAnswers));
        }
    }

    private Scores() {
    }

    /** Answered among invited, in percent with one decimal; null without invitations. */
    public static BigDecimal responseRate(long answered, long invitations) {
        if (invitations == 0) {
            return null;
        }
        return BigDecimal.valueOf(answered * 100).divide(BigDecimal.valueOf(invitations), 1, RoundingMode.HALF_UP);
    }

    /** The average score, two decimals; null without answers. */
    public static BigDecimal average(long sum, long count) {
        if (count == 0) {
            return null;
        }
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }

    /** (sum / count − 1) × 25 computed exactly as (sum − count) × 25 / count, one decimal; null without answers. */
    public static BigDecimal satisfaction(long sum, long count) {
        if (count == 0) {
            return null;
        }
        return BigDecimal.valueOf((sum - count) * 25).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
    }

    /** Each question's figures, in the questionnaire's order; questions nobody answered have zero answers. */
    public static List<QuestionScore> perQuestion(List<Question> questions, Map<Long, Tally> tallies) {
        List<QuestionScore> result = new ArrayList<>();
        for (Question q : questions) {
            Tally t = tallies.getOrDefault(q.getId(), new Tally(0, 0, Map.of()));
            List<OptionCount> options = new ArrayList<>();
            List<String> labels = q.getOptions();
            for (int i = 0; i < labels.size(); i++) {
                options.add(new OptionCount(labels.get(i), t.options().getOrDefault(i, 0L)));
            }
            result.add(new QuestionScore(q.getId(), q.getPosition(), q.getKind(), q.getText(), t.answers(),
                    q.getKind() == QuestionKind.SCORE ? average(t.scoreSum(), t.answers()) : null, options));
        }
        return result;
    }
}
