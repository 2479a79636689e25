package org.estatedesk.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scoring of R6.3: response rate, averages, satisfaction on 0–100, option counts. */
class ScoresTest {
    @Test
    void satisfactionScalesTheAverageScoreFromOneToFiveOntoZeroToHundred() {
        assertEquals(new BigDecimal("0.0"), Scores.satisfaction(3, 3), "all 1");
        assertEquals(new BigDecimal("100.0"), Scores.satisfaction(10, 2), "all 5");
        assertEquals(new BigDecimal("50.0"), Scores.satisfaction(6, 2), "average 3");
        // scores 5, 4, 4: average 4.333…, (4.333… − 1) × 25 = 83.333… → 83.3
        assertEquals(new BigDecimal("83.3"), Scores.satisfaction(13, 3));
        // scores 5, 4: (4.5 − 1) × 25 = 87.5
        assertEquals(new BigDecimal("87.5"), Scores.satisfaction(9, 2));
        // scores 2, 3, 3: (2.666… − 1) × 25 = 41.666… → 41.7 (half up)
        assertEquals(new BigDecimal("41.7"), Scores.satisfaction(8, 3));
        assertNull(Scores.satisfaction(0, 0));
    }

    @Test
    void ratesAndAverages() {
        assertEquals(new BigDecimal("66.7"), Scores.responseRate(2, 3));
        assertEquals(new BigDecimal("0.0"), Scores.responseRate(0, 5));
        assertNull(Scores.responseRate(0, 0));
        assertEquals(new BigDecimal("4.33"), Scores.average(13, 3));
        assertNull(Scores.average(0, 0));
        Scores.SurveyScore s = Scores.SurveyScore.of(1, 2, 4, 3, 3, 13);
        assertEquals(new BigDecimal("75.0"), s.responseRate());
        assertEquals(new BigDecimal("4.33"), s.averageScore());
        assertEquals(new BigDecimal("83.3"), s.satisfaction());
    }

    @Test
    void eachQuestionHasItsAverageOrItsOptionCountsInOrder() {
        Questionnaire q = QuestionnaireTest.questionnaire();
        List<Scores.QuestionScore> scores = Scores.perQuestion(q.getQuestions(), Map.of(
                101L, new Scores.Tally(3, 13, Map.of()),
                102L, new Scores.Tally(2, 0, Map.of(1, 2L))));
        assertEquals(new BigDecimal("4.33"), scores.get(0).average());
        assertEquals(List.of(new Scores.OptionCount("保洁", 0), new Scores.OptionCount("安保", 2),
                new Scores.OptionCount("维修", 0)), scores.get(1).options());
        assertNull(scores.get(1).average());
        assertEquals(0, scores.get(2).answers(), "nobody answered the text");
    }
}
