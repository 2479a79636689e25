package org.estatedesk.surveys;

import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.estatedesk.api.JsonFields;
import org.estatedesk.api.PageDto;
import org.estatedesk.api.Params;
import org.estatedesk.shared.PageRequest;
import org.estatedesk.shared.RuleViolationException;

/** Satisfaction surveys (R6.3): a published questionnaire sent to an estate's owners, its invitations and scores. */
@Path("/surveys")
@Tag(name = "surveys", description = "Questionnaires and satisfaction surveys (R6.3)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SurveyResource {
    @EJB
    SurveyService surveys;

    public record SurveyDto(long id, long questionnaireId, long estateId, long companyId, int invitations, int emails,
            String sentBy, OffsetDateTime sentAt) {
        static SurveyDto of(Survey s) {
            return new SurveyDto(s.getId(), s.getQuestionnaireId(), s.getEstateId(), s.getCompanyId(),
                    s.getInvitations(), s.getEmails(), s.getSentBy(), s.getSentAt());
        }
    }

    public record InvitationDto(long id, long surveyId, long estateId, long unitId, String unitCode, long ownerId,
            String ownerName, boolean email, SurveyInvitation.State state, SurveyInvitation.Channel channel,
            String answeredBy, OffsetDateTime answeredAt, int version) {
        static InvitationDto of(SurveyInvitation i) {
            return new InvitationDto(i.getId(), i.getSurveyId(), i.getEstateId(), i.getUnitId(), i.getUnitCode(),
                    i.getOwnerId(), i.getOwnerName(), i.getEmail() != null, i.getState(), i.getChannel(),
                    i.getAnsweredBy(), i.getAnsweredAt(), i.getVersion());
        }
    }

    public record OptionDto(String label, long count) {
    }

    /** A published questionnaire to send to an estate's owners. */
    public record SurveySendRequest(@NotNull Long questionnaireId, @NotNull Long estateId) {
    }

    @JsonbNillable
    public record QuestionScoreDto(long questionId, int position, QuestionKind kind, String text, long answers,
            BigDecimal average, List<OptionDto> options) {
        static QuestionScoreDto of(Scores.QuestionScore q) {
            return new QuestionScoreDto(q.questionId(), q.position(), q.kind(), q.text(), q.answers(), q.average(),
                    q.options().stream().map(o -> new OptionDto(o.label(), o.count())).toList());
        }
    }

    /** A survey's scores; a figure without a base (no invitations, no score answers) is null. */
    @JsonbNillable
    public record ScoresDto(long surveyId, long questionnaireId, String title, long estateId, String estateName,
            long invitations, long answered, BigDecimal responseRate, long scoreAnswers, BigDecimal averageScore,
            BigDecimal satisfaction, List<QuestionScoreDto> questions) {
        static ScoresDto of(SurveyReport r) {
            Scores.SurveyScore s = r.score();
            return new ScoresDto(s.surveyId(), r.questionnaire().getId(), r.questionnaire().getTitle(), s.estateId(),
                    r.estateName(), s.invitations(), s.answered(), s.responseRate(), s.scoreAnswers(),
                    s.averageScore(), s.satisfaction(), r.questions().stream().map(QuestionScoreDto::of).toList());
        }
    }

    @JsonbNillable
    public record SatisfactionDto(long estateId, String period, long answered, long scoreAnswers,
            BigDecimal averageScore, BigDecimal satisfaction) {
        static SatisfactionDto of(SurveySatisfaction s) {
            return new SatisfactionDto(s.estateId(), s.period().toString(), s.answered(), s.scoreAnswers(),
                    s.averageScore(), s.satisfaction());
        }
    }

    @POST
    @Operation(summary = "Send a published questionnaire to the owners of an estate {questionnaireId, estateId}: one"
            + " invitation per current owner and unit, an e-mail with the owner's single-use link to each owner with"
            + " an address; 201 with the invitation count; 409 when sent there already or not published")
    public Response send(@Valid SurveySendRequest body, @Context UriInfo uri) {
        Survey s = surveys.send(body.questionnaireId(), body.estateId());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(s.getId())).build())
                .entity(SurveyDto.of(s)).build();
    }

    @GET
    @Operation(summary = "Surveys of the visible estates, newest first: questionnaireId=, estateId=, page=, size=")
    public PageDto<SurveyDto> list(@QueryParam("questionnaireId") Long questionnaireId,
            @QueryParam("estateId") Long estateId, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        return PageDto.of(surveys.surveys(questionnaireId, estateId, new PageRequest(page, size)), SurveyDto::of);
    }

    @GET
    @Path("/{id}")
    public SurveyDto get(@PathParam("id") long id) {
        return SurveyDto.of(surveys.find(id));
    }

    @GET
    @Path("/{id}/scores")
    @Operation(summary = "The survey's scores: response rate (%), each SCORE question's average (1-5), each single"
            + " choice's option counts, and the satisfaction (average of all SCORE answers scaled to 0-100:"
            + " (average - 1) x 25)")
    public ScoresDto scores(@PathParam("id") long id) {
        return ScoresDto.of(surveys.scores(id));
    }

    @GET
    @Path("/{id}/invitations")
    @Operation(summary = "The survey's invitations by unit: state=PENDING|ANSWERED, page=, size=")
    public PageDto<InvitationDto> invitations(@PathParam("id") long id, @QueryParam("state") String state,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return PageDto.of(surveys.invitations(id, Params.enumOf(SurveyInvitation.State.class, state, "state"),
                new PageRequest(page, size)), InvitationDto::of);
    }

    @GET
    @Path("/satisfaction")
    @Operation(summary = "An estate's survey figures of a month {estateId, period: 2026-11}: invitations answered in"
            + " the month (China time), their score answers, average score and satisfaction (0-100)")
    public SatisfactionDto satisfaction(@QueryParam("estateId") Long estateId, @QueryParam("period") String period) {
        if (estateId == null) {
            throw new RuleViolationException("error.required", "estateId");
        }
        return SatisfactionDto.of(surveys.satisfaction(estateId, JsonFields.period(period, "period")));
    }
}
