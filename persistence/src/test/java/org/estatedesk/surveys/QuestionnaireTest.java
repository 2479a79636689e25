package org.estatedesk.surveys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** Questionnaires (R6.3): the state machine, frozen questions, and answers checked against the questions. */
class QuestionnaireTest {
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 3, 2, 0, 0, 0, ZoneOffset.UTC);

    private static final List<QuestionDraft> QUESTIONS = List.of(
            new QuestionDraft(QuestionKind.SCORE, "对物业服务总体满意度", true, List.of()),
            new QuestionDraft(QuestionKind.SINGLE_CHOICE, "最需改进的方面", false, List.of("保洁", "安保", "维修")),
            new QuestionDraft(QuestionKind.TEXT, "其他建议", false, List.of()));

    /** A questionnaire as stored: its questions numbered 101, 102, 103. */
    static Questionnaire questionnaire() {
        Questionnaire q = new Questionnaire(1, "2026 年度满意度调查", "请如实填写", QUESTIONS, "manager", NOW);
        try {
            Field id = Question.class.getDeclaredField("id");
            id.setAccessible(true);
            long n = 101;
            for (Question question : q.getQuestions()) {
                id.set(question, n++);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return q;
    }

    private static Questionnaire published() {
        Questionnaire q = questionnaire();
        q.publish(NOW);
        return q;
    }

    @Test
    void aDraftIsPublishedThenClosedAndNeverGoesBack() {
        Questionnaire q = questionnaire();
        assertEquals(QuestionnaireState.DRAFT, q.getState());
        assertThrows(ConflictException.class, () -> q.close(NOW), "a draft cannot be closed");
        q.publish(NOW);
        assertEquals(QuestionnaireState.PUBLISHED, q.getState());
        assertEquals(NOW, q.getPublishedAt());
        assertThrows(ConflictException.class, () -> q.publish(NOW), "published twice");
        q.close(NOW);
        assertEquals(QuestionnaireState.CLOSED, q.getState());
        assertThrows(ConflictException.class, () -> q.publish(NOW), "a closed questionnaire stays closed");
        assertThrows(ConflictException.class, () -> q.close(NOW));
        assertEquals(java.util.Set.of(), QuestionnaireState.CLOSED.next());
    }

    @Test
    void questionsChangeOnlyWhileADraftAndPublishingNeedsOne() {
        Questionnaire empty = new Questionnaire(1, "空问卷", null, List.of(), "manager", NOW);
        RuleViolationException none = assertThrows(RuleViolationException.class, () -> empty.publish(NOW));
        assertEquals("questions", none.field());

        Questionnaire q = questionnaire();
        q.revise("新标题", null, QUESTIONS.subList(0, 2), NOW);
        assertEquals(2, q.getQuestions().size());
        assertEquals("新标题", q.getTitle());
        q.publish(NOW);
        assertThrows(ConflictException.class, () -> q.revise("再改", null, QUESTIONS, NOW), "frozen once published");
        assertThrows(ConflictException.class, q::checkDeletable);
    }

    @Test
    void questionsAreChecked() {
        RuleViolationException oneOption = assertThrows(RuleViolationException.class, () -> new Questionnaire(1, "t",
                null, List.of(new QuestionDraft(QuestionKind.SINGLE_CHOICE, "选一个", true, List.of("只有一个"))),
                "manager", NOW));
        assertEquals("questions[0].options", oneOption.field());
        assertThrows(RuleViolationException.class, () -> new Questionnaire(1, "t", null, List.of(
                new QuestionDraft(QuestionKind.SINGLE_CHOICE, "选一个", true, List.of("甲", "甲"))), "manager", NOW));
        assertThrows(RuleViolationException.class, () -> new Questionnaire(1, "t", null, List.of(
                new QuestionDraft(QuestionKind.SCORE, "评分", true, List.of("甲", "乙"))), "manager", NOW));
        RuleViolationException noText = assertThrows(RuleViolationException.class, () -> new Questionnaire(1, "t",
                null, List.of(QUESTIONS.get(0), new QuestionDraft(QuestionKind.TEXT, " ", true, List.of())),
                "manager", NOW));
        assertEquals("questions[1].text", noText.field());
        assertEquals("title", assertThrows(RuleViolationException.class,
                () -> new Questionnaire(1, "", null, QUESTIONS, "manager", NOW)).field());
    }

    @Test
    void anAnswerSheetIsCheckedAgainstTheQuestions() {
        Questionnaire q = published();
        List<SurveyAnswer.Value> values = q.check(List.of(new AnswerInput(101L, 4, null, null),
                new AnswerInput(102L, null, "安保", null), new AnswerInput(103L, null, null, " 电梯常坏 ")));
        assertEquals(3, values.size());
        assertEquals(4, values.get(0).score());
        assertEquals(1, values.get(1).optionIndex(), "the option's index");
        assertEquals("电梯常坏", values.get(2).text());
        assertEquals(1, q.check(List.of(new AnswerInput(101L, 5, null, null))).size(), "optional ones left out");

        assertEquals("answers[0].score", assertThrows(RuleViolationException.class,
                () -> q.check(List.of(new AnswerInput(101L, 6, null, null)))).field());
        assertThrows(RuleViolationException.class, () -> q.check(List.of(new AnswerInput(101L, 0, null, null))));
        assertEquals("answers[1].option", assertThrows(RuleViolationException.class, () -> q.check(List.of(
                new AnswerInput(101L, 3, null, null), new AnswerInput(102L, null, "绿化", null)))).field());
        assertThrows(RuleViolationException.class, () -> q.check(List.of(new AnswerInput(101L, null, null, "好"))),
                "a text for a score");
        assertEquals("answers", assertThrows(RuleViolationException.class,
                () -> q.check(List.of(new AnswerInput(103L, null, null, "只写建议")))).field(), "required one missing");
        assertEquals("answers[1].questionId", assertThrows(RuleViolationException.class, () -> q.check(List.of(
                new AnswerInput(101L, 3, null, null), new AnswerInput(999L, 3, null, null)))).field());
        assertThrows(RuleViolationException.class, () -> q.check(List.of(new AnswerInput(101L, 3, null, null),
                new AnswerInput(101L, 4, null, null))), "twice");
    }

    @Test
    void onlyAPublishedQuestionnaireTakesAnswers() {
        Questionnaire draft = questionnaire();
        assertThrows(ConflictException.class, () -> draft.check(List.of(new AnswerInput(101L, 4, null, null))));
        Questionnaire closed = published();
        closed.close(NOW);
        assertThrows(ConflictException.class, () -> closed.check(List.of(new AnswerInput(101L, 4, null, null))));
        assertThrows(ConflictException.class, () -> new Survey(closed, 7, 1, "manager", NOW));
    }

    @Test
    void anInvitationIsAnsweredOnce() {
        SurveyInvitation i = new SurveyInvitation(1, 2, 1, 7, 8, "1-1-0101", 9, "王先生", null, "ab");
        i.answered(SurveyInvitation.Channel.PHONE, "frontdesk", NOW);
        assertEquals("frontdesk", i.getAnsweredBy());
        assertThrows(ConflictException.class, () -> i.answered(SurveyInvitation.Channel.ONLINE, null, NOW));
        SurveyInvitation online = new SurveyInvitation(2, 2, 1, 7, 8, "1-1-0101", 10, "王太太", "w@x.cn", "cd");
        online.answered(SurveyInvitation.Channel.ONLINE, "ignored", NOW);
        assertNull(online.getAnsweredBy(), "the owner himself");
        assertTrue(online.getState() == SurveyInvitation.State.ANSWERED);
    }

    @Test
    void aSurveyGoesToAnEstateOfTheQuestionnairesCompany() {
        Questionnaire q = published();
        assertEquals("estateId", assertThrows(RuleViolationException.class,
                () -> new Survey(q, 7, 2, "manager", NOW)).field());
        assertEquals(7, new Survey(q, 7, 1, "manager", NOW).getEstateId());
    }
}
