package org.estatedesk.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.estatedesk.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class StrictJsonBodiesTest {
    enum Kind { REPAIR, COMPLAINT }

    record Line(String item, BigDecimal amount) {
    }

    record Request(Long estateId, int floors, String name, Kind kind, Boolean urgent, LocalDate day,
            List<String> entrances, List<Line> lines) {
    }

    private static RuleViolationException refused(String json) {
        return assertThrows(RuleViolationException.class, () -> {
            StrictJsonBodies.check(json.getBytes(StandardCharsets.UTF_8), true);
            StrictJsonBodies.conforms(parse(json), Request.class, "");
        });
    }

    private static JsonValue parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }

    @Test
    void aWellTypedBodyPasses() {
        String json = """
                {"estateId":8,"floors":18,"name":"王先生\\n二号","kind":"REPAIR","urgent":true,"day":"2026-12-07",
                 "entrances":["1","2"],"lines":[{"item":"DAMAGE","amount":"150.00"},{"item":"FINE","amount":20.5}],
                 "unknown":[1,{"x":null}]}""";
        assertDoesNotThrow(() -> StrictJsonBodies.check(json.getBytes(StandardCharsets.UTF_8), true));
        assertDoesNotThrow(() -> StrictJsonBodies.conforms(parse(json), Request.class, ""));
    }

    @Test
    void fieldsOfTheWrongJsonTypeAreRefusedByName() {
        assertEquals("estateId", refused("{\"estateId\":8.9}").field(), "8.9 is not estate 8");
        assertEquals("estateId", refused("{\"estateId\":\"8\"}").field());
        assertEquals("estateId", refused("{\"estateId\":99999999999999999999}").field());
        assertEquals("floors", refused("{\"floors\":3000000000}").field());
        assertEquals("name", refused("{\"name\":12}").field());
        assertEquals("kind", refused("{\"kind\":\"repair\"}").field());
        assertEquals("urgent", refused("{\"urgent\":\"yes\"}").field());
        assertEquals("day", refused("{\"day\":20261207}").field());
        assertEquals("entrances", refused("{\"entrances\":\"1\"}").field());
        assertEquals("entrances[0]", refused("{\"entrances\":[null]}").field());
        assertEquals("lines[1].amount", refused("{\"lines\":[{\"amount\":1},{\"amount\":true}]}").field());
    }

    @Test
    void malformedDeepOrDirtyBodiesAreRefused() {
        assertEquals("error.body.notObject", refused("[]").messageKey());
        assertEquals("error.body.notObject", refused("\"text\"").messageKey());
        assertEquals("error.body.malformed", refused("{\"name\":").messageKey());
        assertEquals("error.body.malformed", refused("{} x").messageKey());
        assertEquals("error.body.malformed", refused("{}{}").messageKey());
        assertEquals("error.body.tooDeep", refused("{\"a\":".repeat(40) + "1" + "}".repeat(40)).messageKey());
        RuleViolationException control = refused("{\"name\":\"A\\u0000B\"}");
        assertEquals("error.text.control", control.messageKey());
        assertEquals("name", control.field());
        assertEquals("error.text.control", refused("{\"name\":\"\\ud800\"}").messageKey(), "a lone surrogate");
        assertDoesNotThrow(() -> StrictJsonBodies.check("[1,2]".getBytes(StandardCharsets.UTF_8), false),
                "an array where the resource takes any JSON value");
    }

    @Test
    void textIsCleanWithTabsAndLineBreaksButNoOtherControls() {
        assertTrue(StrictJsonBodies.clean("一行\n二行\t三\r"));
        assertTrue(StrictJsonBodies.clean("emoji \ud83d\ude00"));
        assertFalse(StrictJsonBodies.clean("bell\u0007"));
        assertFalse(StrictJsonBodies.clean("del\u007f"));
        assertFalse(StrictJsonBodies.clean("c1\u0085"));
    }

    @Test
    void problemsRepeatAtMostAShortCleanValue() {
        String echoed = Problem.capped("x".repeat(100_000));
        assertEquals(Problem.MAX_ECHO + 1, echoed.length());
        assertTrue(echoed.endsWith("…"));
        assertEquals("a?b", Problem.capped("a\u0000b"));
    }

    @Test
    void theLogKeepsTheFailuresShapeButCutsItsTexts() {
        RuntimeException cause = new IllegalStateException("y".repeat(10_000));
        Throwable logged = LoggedFailure.of(new RuntimeException("bad arguments [" + "1,".repeat(100_000) + "]",
                cause));
        assertTrue(logged.toString().startsWith("java.lang.RuntimeException: bad arguments"));
        assertTrue(logged.getMessage().length() < 400, logged.getMessage().length() + " characters");
        assertTrue(logged.getCause().toString().startsWith("java.lang.IllegalStateException: yyy"));
        assertTrue(logged.getCause().getMessage().length() < 400);
        assertEquals(cause.getStackTrace().length, logged.getCause().getStackTrace().length);
    }
}
