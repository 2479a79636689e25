package org.estatedesk.surveys;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.Page;
import org.estatedesk.shared.PageRequest;

/** Questionnaires, surveys, invitations and answers (R6.3), read through the caller's data scope. */
public interface SurveyRepository {
    void store(Questionnaire questionnaire);

    void store(Survey survey);

    void remove(Questionnaire questionnaire);

    void store(SurveyAnswer answer);

    /** A questionnaire of a company the caller may see. */
    Optional<Questionnaire> questionnaire(long id, DataScope scope);

    /** Questionnaires of the companies the caller may see, newest first; state optional. */
    Page<Questionnaire> questionnaires(QuestionnaireState state, DataScope scope, PageRequest page);

    Optional<Survey> survey(long id, DataScope scope);

    /** Without a scope check: for the owner's link, reached through its token. */
    Survey surveyById(long id);

    /** Without a scope check: for the owner's link, reached through its token. */
    Questionnaire questionnaireById(long id);

    /** Whether the questionnaire was sent to the estate already. */
    boolean sent(long questionnaireId, long estateId);

    /** Surveys of the visible estates, newest first; questionnaire and estate optional. */
    Page<Survey> surveys(Long questionnaireId, Long estateId, DataScope scope, PageRequest page);

    /**
     * Writes one invitation per current owner (relation OWNER) and unit of the survey's estate in one insert-select,
     * each with a random token; returns how many.
     */
    int invite(Survey survey);

    /**
     * Queues, in one insert-select, an e-mail to every invited owner with an address: the subject, and the body as
     * {@code bodyBefore + owner name + bodyMiddle + token + bodyAfter}. Returns the ids of the notifications.
     */
    List<Long> mailInvitations(Survey survey, String subject, String bodyBefore, String bodyMiddle, String bodyAfter,
            OffsetDateTime now);

    Optional<SurveyInvitation> invitation(long id, DataScope scope);

    /** The invitation of a token, whoever asks (the owner's link needs no login). */
    Optional<SurveyInvitation> invitationByToken(String token);

    /** A survey's invitations by unit code; state optional. */
    Page<SurveyInvitation> invitations(long surveyId, SurveyInvitation.State state, PageRequest page);

    /** The answers of an invitation. */
    List<SurveyAnswer> answers(long invitationId);

    /** The answers of the invitations given (for the export). */
    List<SurveyAnswer> answersOf(List<Long> invitationIds);

    /** Per question of the survey: answers, sum of scores, answers per option. */
    Map<Long, Scores.Tally> tallies(long surveyId);

    /** Invitations, answered and the SCORE answers of each survey given, grouped in the database. */
    List<Scores.SurveyScore> scores(List<Long> surveyIds);

    /**
     * The SCORE answers of an estate's invitations answered in [from, to): answered invitations, count and sum of
     * the scores, as {@code [answered, scoreAnswers, scoreSum]}.
     */
    long[] estateFigures(long estateId, OffsetDateTime from, OffsetDateTime to);
}
