package org.estatedesk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.estatedesk.archives.ArchiveRequirementResource.ArchiveRequirementsRequest;
import org.estatedesk.decoration.DecorationResource.DecorationAcceptanceRequest;
import org.estatedesk.decoration.DecorationResource.DecorationApplicationRequest;
import org.estatedesk.decoration.DecorationResource.DecorationFeesRequest;
import org.estatedesk.decoration.DecorationResource.DecorationPatrolRequest;
import org.estatedesk.decoration.PatrolItem;
import org.estatedesk.keys.KeyResource.KeyCollectionRequest;
import org.estatedesk.shared.InvalidInputException;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.surveys.InvitationResource.InvitationAnswersRequest;
import org.estatedesk.surveys.PublicSurveyResource.PublicSurveyAnswersRequest;
import org.estatedesk.surveys.SurveyResource.SurveySendRequest;
import org.junit.jupiter.api.Test;

/**
 * The request records of the form capabilities (decoration, keys, archives, surveys) keep what their resources used
 * to check by hand: the same required fields with the same codes, absent lists empty, absent flags false.
 */
class FormRequestBodiesTest {
    private final RequestBodies bodies = new RequestBodies();

    private static <R extends Record> R bind(String text, Class<R> type) {
        try (var reader = Json.createReader(new StringReader(text))) {
            JsonObject o = reader.readObject();
            return RequestBodies.bind(o, type, "");
        }
    }

    private RuleViolationException refused(String text, Class<? extends Record> type) {
        return assertThrows(RuleViolationException.class, () -> bodies.check(bind(text, type)));
    }

    @Test
    void aMissingIdIsRequiredAsBefore() {
        RuleViolationException e = refused("{\"plan\":\"x\"}", DecorationApplicationRequest.class);
        assertEquals("unitId", e.field());
        assertEquals("error.required", e.messageKey());
        assertEquals("collectedBy", refused("{\"version\":1}", KeyCollectionRequest.class).field());
        RuleViolationException passed = refused("{\"passed\":null}", DecorationAcceptanceRequest.class);
        assertEquals("passed", passed.field());
        assertEquals("error.required", passed.messageKey());
    }

    @Test
    void absentListsAreEmptyAndAbsentFlagsFalse() {
        assertEquals(List.of(), bind("{\"unitId\":1}", DecorationApplicationRequest.class).alterations());
        assertEquals(List.of(), bind("{}", DecorationPatrolRequest.class).failedItems());
        assertEquals(List.of(), bind("{}", ArchiveRequirementsRequest.class).docTypes());
        assertEquals(false, bind("{}", DecorationFeesRequest.class).pressureTestConfirmed());
        assertEquals(List.of(PatrolItem.values()[0]), bind("{\"failedItems\":[\""
                + PatrolItem.values()[0].name().toLowerCase() + "\"]}", DecorationPatrolRequest.class).failedItems());
    }

    @Test
    void aVersionBelowZeroIsInvalidAsJsonFieldsHadIt() {
        RuleViolationException e = refused("{\"collectedBy\":\"A\",\"version\":-1}", KeyCollectionRequest.class);
        assertEquals("version", e.field());
        assertEquals("error.param.invalid", e.messageKey());
    }

    @Test
    void surveyAnswersAreRequiredAndTheirScoresBounded() {
        RuleViolationException missing = refused("{}", PublicSurveyAnswersRequest.class);
        assertEquals("answers", missing.field());
        assertEquals("error.required", missing.messageKey());
        RuleViolationException score = refused("{\"answers\":[{\"questionId\":1,\"score\":101}]}",
                PublicSurveyAnswersRequest.class);
        assertEquals("answers[0].score", score.field());
        assertEquals("error.param.invalid", score.messageKey());
        assertEquals("answers[0].questionId", assertThrows(RuleViolationException.class,
                () -> bind("{\"answers\":[{\"questionId\":1.5}]}", PublicSurveyAnswersRequest.class)).field());
        InvalidInputException both = assertThrows(InvalidInputException.class,
                () -> bodies.check(bind("{}", InvitationAnswersRequest.class)));
        assertEquals(List.of("answers", "channel"), both.errors().stream()
                .map(InvalidInputException.FieldError::field).toList());
        InvalidInputException send = assertThrows(InvalidInputException.class,
                () -> bodies.check(bind("{}", SurveySendRequest.class)));
        assertTrue(send.errors().stream().allMatch(f -> f.message().equals("{error.required}")));
    }
}
