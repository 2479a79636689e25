package org.estatedesk.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import org.estatedesk.shared.InvalidInputException;
import org.estatedesk.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class RequestBodiesTest {
    enum Kind { REPAIR, COMPLAINT }

    record Line(@NotNull String item, BigDecimal amount) {
    }

    record Request(@NotNull Long estateId, int floors, @NotBlank String name, Kind kind, boolean urgent,
            LocalDate day, YearMonth period, OffsetDateTime due, List<Long> ids, List<@Valid Line> lines,
            @Size(max = 3, message = "{error.text.tooLong}") String code, Integer version) {
    }

    private final RequestBodies bodies = new RequestBodies();

    private static JsonObject json(String text) {
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    private static Request bind(String text) {
        return RequestBodies.bind(json(text), Request.class, "");
    }

    @Test
    void bindsEveryFieldWithTheApisLenientForms() {
        Request r = bind("{\"estateId\":7,\"floors\":3,\"name\":\"A\",\"kind\":\"complaint\",\"urgent\":true,"
                + "\"day\":\" 2026-12-01 \",\"period\":\"2026-11\",\"due\":\"2026-12-05\",\"ids\":[1,2],"
                + "\"lines\":[{\"item\":\"WATER\",\"amount\":\"12.50\"}],\"unknown\":1}");
        assertEquals(7L, r.estateId());
        assertEquals(3, r.floors());
        assertEquals(Kind.COMPLAINT, r.kind());
        assertEquals(true, r.urgent());
        assertEquals(LocalDate.of(2026, 12, 1), r.day());
        assertEquals(YearMonth.of(2026, 11), r.period());
        // a day alone is its end in China
        assertEquals(OffsetDateTime.parse("2026-12-05T23:59:59+08:00"), r.due());
        assertEquals(List.of(1L, 2L), r.ids());
        assertEquals(new BigDecimal("12.50"), r.lines().get(0).amount());
    }

    @Test
    void absentFieldsAreNullOrTheirPrimitiveDefault() {
        Request r = bind("{\"day\":\"\"}");
        assertNull(r.estateId());
        assertEquals(0, r.floors());
        assertEquals(false, r.urgent());
        assertNull(r.day());
        assertNull(r.lines());
    }

    @Test
    void aValueOfTheWrongShapeIsRefusedNamingItsPath() {
        assertEquals("estateId", assertThrows(RuleViolationException.class,
                () -> bind("{\"estateId\":8.9}")).field());
        assertEquals("estateId", assertThrows(RuleViolationException.class,
                () -> bind("{\"estateId\":92233720368547758070}")).field());
        assertEquals("kind", assertThrows(RuleViolationException.class, () -> bind("{\"kind\":\"PRAISE\"}")).field());
        assertEquals("day", assertThrows(RuleViolationException.class, () -> bind("{\"day\":\"2026-13-01\"}")).field());
        assertEquals("ids[1]", assertThrows(RuleViolationException.class, () -> bind("{\"ids\":[1,null]}")).field());
        assertEquals("lines[0].amount", assertThrows(RuleViolationException.class,
                () -> bind("{\"lines\":[{\"amount\":\"ten\"}]}")).field());
        assertEquals("urgent", assertThrows(RuleViolationException.class, () -> bind("{\"urgent\":1}")).field());
        assertEquals("name", assertThrows(RuleViolationException.class, () -> bind("{\"name\":5}")).field());
    }

    @Test
    void oneRefusedConstraintIsAFieldErrorWithItsCode() {
        RuleViolationException missing = assertThrows(RuleViolationException.class,
                () -> bodies.check(bind("{\"name\":\"A\"}")));
        assertEquals("estateId", missing.field());
        assertEquals("error.required", missing.messageKey());

        RuleViolationException blank = assertThrows(RuleViolationException.class,
                () -> bodies.check(bind("{\"estateId\":1,\"name\":\"  \"}")));
        assertEquals("name", blank.field());
        assertEquals("error.required", blank.messageKey());

        RuleViolationException keyed = assertThrows(RuleViolationException.class,
                () -> bodies.check(bind("{\"estateId\":1,\"name\":\"A\",\"code\":\"ABCD\"}")));
        assertEquals("code", keyed.field());
        assertEquals("error.text.tooLong", keyed.messageKey());

        RuleViolationException nested = assertThrows(RuleViolationException.class,
                () -> bodies.check(bind("{\"estateId\":1,\"name\":\"A\",\"lines\":[{}]}")));
        assertEquals("lines[0].item", nested.field());
    }

    @Test
    void severalRefusedConstraintsAreListedTogether() {
        InvalidInputException all = assertThrows(InvalidInputException.class, () -> bodies.check(bind("{}")));
        assertEquals(List.of("estateId", "name"), all.errors().stream().map(InvalidInputException.FieldError::field)
                .toList());
        assertEquals("{error.required}", all.errors().get(0).message());
    }

    @Test
    void theIfMatchHeaderGivesTheVersionTheBodyLeftOut() {
        assertEquals(3, RequestBodies.bind(RequestBodies.withIfMatch(json("{}"), Request.class, "\"3\""),
                Request.class, "").version());
        assertEquals(3, RequestBodies.bind(RequestBodies.withIfMatch(json("{\"version\":3}"), Request.class,
                "W/\"3\""), Request.class, "").version());
        assertEquals("version", assertThrows(RuleViolationException.class,
                () -> RequestBodies.withIfMatch(json("{\"version\":2}"), Request.class, "\"3\"")).field());
        assertEquals("If-Match", assertThrows(RuleViolationException.class,
                () -> RequestBodies.withIfMatch(json("{}"), Request.class, "*")).field());
        assertNull(VersionTags.version("\"99999999999\""));
    }
}
