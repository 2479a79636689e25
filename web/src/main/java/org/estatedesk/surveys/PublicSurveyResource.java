package org.estatedesk.surveys;

import jakarta.ejb.EJB;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.estatedesk.surveys.QuestionnaireResource.QuestionDto;

/**
 * The owner's survey link without a login (R6.3): the token of his invitation shows the questionnaire and takes
 * one answer sheet. web.xml leaves {@code /api/v1/public/*} open.
 */
@Path("/public/surveys")
@Tag(name = "surveys", description = "Questionnaires and satisfaction surveys (R6.3)")
@SecurityRequirements
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PublicSurveyResource {
    @EJB
    OwnerAnswerService owners;

    @Schema(name = "PublicSurveySheetDto")
    public record SheetDto(String title, String description, String estateName, String unitCode, String ownerName,
            QuestionnaireState state, boolean answered, boolean open, List<QuestionDto> questions) {
        static SheetDto of(OwnerSheet s) {
            return new SheetDto(s.questionnaire().getTitle(), s.questionnaire().getDescription(), s.estateName(),
                    s.unitCode(), s.ownerName(), s.questionnaire().getState(), s.answered(), s.open(),
                    s.questionnaire().getQuestions().stream().map(QuestionDto::of).toList());
        }
    }

    public record AnsweredDto(boolean answered) {
    }

    /** The owner's answer sheet. */
    public record PublicSurveyAnswersRequest(@NotNull List<@Valid SurveyAnswerRequest> answers) {
    }

    @GET
    @Path("/{token}")
    @Operation(summary = "No login: the questionnaire of the owner's invitation, whether it is answered already and"
            + " whether it is still open; an unknown token is a 404")
    public SheetDto get(@PathParam("token") String token) {
        return SheetDto.of(owners.sheet(token));
    }

    @POST
    @Path("/{token}")
    @Operation(summary = "No login: the owner's answers {answers: [{questionId, score | option | text}]}, checked"
            + " against the questions (400 naming the field); the token is good once (409 afterwards), and only while"
            + " the questionnaire is published (409); 201")
    public Response answer(@PathParam("token") String token, @Valid PublicSurveyAnswersRequest body) {
        owners.answer(token, body.answers().stream().map(SurveyAnswerRequest::toInput).toList());
        return Response.status(Response.Status.CREATED).entity(new AnsweredDto(true)).build();
    }
}
