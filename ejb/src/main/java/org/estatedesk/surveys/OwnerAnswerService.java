package org.estatedesk.surveys;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateRepository;
import org.estatedesk.shared.NotFoundException;

/**
 * The owner's survey link (R6.3): no login — the token is the owner's proof, unguessable (122 random bits) and good
 * for one answer sheet. Hence {@code @PermitAll}: everything is reached through the token alone, nothing else.
 */
@Stateless
@PermitAll
public class OwnerAnswerService {
    private static final Pattern TOKEN = Pattern.compile("[0-9a-f]{32}");

    @Inject
    Clock clock;

    @Inject
    SurveyRepository surveys;

    @Inject
    EstateRepository estates;

    @PermitAll
    public OwnerSheet sheet(String token) {
        SurveyInvitation i = invitation(token);
        Questionnaire q = questionnaire(i);
        String estate = estates.byId(i.getEstateId()).map(Estate::getName).orElse("");
        return new OwnerSheet(q, estate, i.getUnitCode(), i.getOwnerName(),
                i.getState() == SurveyInvitation.State.ANSWERED, q.getState() == QuestionnaireState.PUBLISHED);
    }

    /** The owner's answers: checked against the questions; the token is used up (a second use is a 409). */
    @PermitAll
    public SurveyInvitation answer(String token, List<AnswerInput> answers) {
        SurveyInvitation i = invitation(token);
        Questionnaire q = questionnaire(i);
        i.checkPending();
        List<SurveyAnswer.Value> values = q.check(answers);
        i.answered(SurveyInvitation.Channel.ONLINE, null, OffsetDateTime.now(clock));
        values.forEach(v -> surveys.store(new SurveyAnswer(i, v)));
        return i;
    }

    private SurveyInvitation invitation(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw new NotFoundException("survey", "token");
        }
        return surveys.invitationByToken(token).orElseThrow(() -> new NotFoundException("survey", "token"));
    }

    private Questionnaire questionnaire(SurveyInvitation i) {
        Survey s = surveys.surveyById(i.getSurveyId());
        Questionnaire q = surveys.questionnaireById(s.getQuestionnaireId());
        q.getQuestions().size();
        return q;
    }
}
