package org.estatedesk.surveys;

import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.estatedesk.api.PageDto;
import org.estatedesk.api.Params;
import org.estatedesk.api.VersionRequest;
import org.estatedesk.shared.PageRequest;

/** Questionnaires (问卷定义, R6.3): define, revise while a draft, publish (questions frozen), close. */
@Path("/questionnaires")
@Tag(name = "surveys", description = "Questionnaires and satisfaction surveys (R6.3)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QuestionnaireResource {
    @EJB
    QuestionnaireService questionnaires;

    @EJB
    SurveyService surveys;

    public record QuestionDto(long id, int position, QuestionKind kind, String text, boolean required,
            List<String> options) {
        static QuestionDto of(Question q) {
            return new QuestionDto(q.getId(), q.getPosition(), q.getKind(), q.getText(), q.isRequired(),
                    q.getOptions());
        }
    }

    public record QuestionnaireDto(long id, long companyId, String title, String description,
            QuestionnaireState state, List<QuestionDto> questions, String createdBy, OffsetDateTime createdAt,
            OffsetDateTime publishedAt, OffsetDateTime closedAt, int version) {
        static QuestionnaireDto of(Questionnaire q) {
            return new QuestionnaireDto(q.getId(), q.getCompanyId(), q.getTitle(), q.getDescription(), q.getState(),
                    q.getQuestions().stream().map(QuestionDto::of).toList(), q.getCreatedBy(), q.getCreatedAt(),
                    q.getPublishedAt(), q.getClosedAt(), q.getVersion());
        }
    }

    @Schema(name = "SurveyComparisonDto")
    public record ComparisonDto(long surveyId, long estateId, String estateCode, String estateName, long invitations,
            long answered, BigDecimal responseRate, long scoreAnswers, BigDecimal averageScore,
            BigDecimal satisfaction) {
        static ComparisonDto of(EstateComparison c) {
            var s = c.score();
            return new ComparisonDto(s.surveyId(), s.estateId(), c.estateCode(), c.estateName(), s.invitations(),
                    s.answered(), s.responseRate(), s.scoreAnswers(), s.averageScore(), s.satisfaction());
        }
    }

    /** A question of a questionnaire being defined or revised. */
    public record SurveyQuestionRequest(QuestionKind kind, String text, boolean required,
            @Schema(description = "a single choice's options, 2-20") List<String> options) {
        QuestionDraft toDraft() {
            return new QuestionDraft(kind, text, required, options == null ? List.of() : options);
        }
    }

    /** A new questionnaire, a DRAFT. */
    public record QuestionnaireRequest(@Schema(description = "default: the caller's company") Long companyId,
            String title, String description, List<@Valid SurveyQuestionRequest> questions) {
        List<QuestionDraft> drafts() {
            return questions == null ? List.of() : questions.stream().map(SurveyQuestionRequest::toDraft).toList();
        }
    }

    /** A DRAFT revised: its questions replace the old ones in order. */
    public record QuestionnaireRevisionRequest(String title, String description,
            List<@Valid SurveyQuestionRequest> questions, @PositiveOrZero Integer version) {
        List<QuestionDraft> drafts() {
            return questions == null ? List.of() : questions.stream().map(SurveyQuestionRequest::toDraft).toList();
        }
    }

    @POST
    @Operation(summary = "Define a questionnaire {companyId?, title, description?, questions: [{kind: SCORE|"
            + "SINGLE_CHOICE|TEXT, text, required?, options? (2-20 for a single choice)}]}: a DRAFT; 201")
    public Response define(@Valid QuestionnaireRequest body, @Context UriInfo uri) {
        Questionnaire q = questionnaires.define(body.companyId(), body.title(), body.description(), body.drafts());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(q.getId())).build())
                .entity(QuestionnaireDto.of(q)).build();
    }

    @GET
    @Operation(summary = "Questionnaires of the caller's companies, newest first: state=DRAFT|PUBLISHED|CLOSED,"
            + " page=, size=")
    public PageDto<QuestionnaireDto> list(@QueryParam("state") String state,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return PageDto.of(questionnaires.questionnaires(Params.enumOf(QuestionnaireState.class, state, "state"),
                new PageRequest(page, size)), QuestionnaireDto::of);
    }

    @GET
    @Path("/{id}")
    public QuestionnaireDto get(@PathParam("id") long id) {
        return QuestionnaireDto.of(questionnaires.find(id));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Revise a DRAFT {title, description?, questions, version?}: the questions replace the old"
            + " ones in order; a published or closed questionnaire is a 409")
    public QuestionnaireDto revise(@PathParam("id") long id, @Valid QuestionnaireRevisionRequest body) {
        return QuestionnaireDto.of(questionnaires.revise(id, body.title(), body.description(), body.drafts(),
                body.version()));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a DRAFT (never sent); a published or closed questionnaire is a 409; 204")
    public Response delete(@PathParam("id") long id, @QueryParam("version") Integer version) {
        questionnaires.delete(id, version);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/publish")
    @Operation(summary = "DRAFT → PUBLISHED {version?}: the questions are frozen, surveys may be sent; 409 from"
            + " another state, 400 without questions")
    public QuestionnaireDto publish(@PathParam("id") long id, @Valid VersionRequest body) {
        return QuestionnaireDto.of(questionnaires.publish(id, body.version()));
    }

    @POST
    @Path("/{id}/close")
    @Operation(summary = "PUBLISHED → CLOSED {version?}: no more surveys or answers; 409 from another state")
    public QuestionnaireDto close(@PathParam("id") long id, @Valid VersionRequest body) {
        return QuestionnaireDto.of(questionnaires.close(id, body.version()));
    }

    @GET
    @Path("/{id}/comparison")
    @Operation(summary = "The estates the questionnaire was sent to, compared: invitations, answered, response rate"
            + " (%), average score (1-5) and satisfaction (0-100)")
    public List<ComparisonDto> comparison(@PathParam("id") long id) {
        return surveys.comparison(id).stream().map(ComparisonDto::of).toList();
    }
}
