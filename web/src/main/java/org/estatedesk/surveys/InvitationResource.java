package org.estatedesk.surveys;

import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.estatedesk.surveys.SurveyResource.InvitationDto;

/** One owner's invitation to a survey (R6.3), and answers entered by staff on his behalf. */
@Path("/invitations")
@Tag(name = "surveys", description = "Questionnaires and satisfaction surveys (R6.3)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvitationResource {
    @EJB
    SurveyService surveys;

    public record AnswerDto(long questionId, Integer score, Integer optionIndex, String text) {
        static AnswerDto of(SurveyAnswer a) {
            return new AnswerDto(a.getQuestionId(), a.getScore(), a.getOptionIndex(), a.getText());
        }
    }

    @Schema(name = "InvitationSheetDto")
    public record SheetDto(InvitationDto invitation, List<AnswerDto> answers) {
        static SheetDto of(AnswerSheet s) {
            return new SheetDto(InvitationDto.of(s.invitation()), s.answers().stream().map(AnswerDto::of).toList());
        }
    }

    /** Answers taken by staff on the owner's behalf. */
    public record InvitationAnswersRequest(
            @Schema(description = "PHONE or VISIT") @NotNull SurveyInvitation.Channel channel,
            @NotNull List<@Valid SurveyAnswerRequest> answers, @PositiveOrZero Integer version) {
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An invitation and its answers (none until answered)")
    public SheetDto get(@PathParam("id") long id) {
        return SheetDto.of(surveys.invitation(id));
    }

    @POST
    @Path("/{id}/answers")
    @Operation(summary = "Answers taken by staff on the owner's behalf {channel: PHONE|VISIT, answers: [{questionId,"
            + " score (SCORE, 1-5) | option (SINGLE_CHOICE, the option's label) | text (TEXT)}], version?}: checked"
            + " against the questions (400 naming the field), once per invitation (409), only while the"
            + " questionnaire is published (409); 201")
    public Response answer(@PathParam("id") long id, @Valid InvitationAnswersRequest body) {
        SurveyInvitation i = surveys.answer(id, body.channel(),
                body.answers().stream().map(SurveyAnswerRequest::toInput).toList(), body.version());
        return Response.status(Response.Status.CREATED).entity(InvitationDto.of(i)).build();
    }
}
