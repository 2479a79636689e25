package org.estatedesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryFilterTest {

    @Test
    void aConditionIsAddedOnlyWithItsValue() {
        QueryFilter filter = new QueryFilter().and(7L, "r.estateId = :estate", "estate")
                .and(null, "r.state = :state", "state").and("  ", "r.code like :code escape '!'", "code")
                .and("王", "r.owner = :owner", "owner");
        assertEquals(" and r.estateId = :estate and r.owner = :owner", filter.conditions());
        assertEquals(Map.of("estate", 7L, "owner", "王"), filter.parameters());
    }

    @Test
    void aConditionWithSeveralParametersOrNoneFollowsAFlag() {
        QueryFilter filter = new QueryFilter().andIf(false, "r.state = :out and r.dueAt < :now", "out", "OUT", "now", 1)
                .andIf(true, "r.activeUnit is not null")
                .andIf(true, "r.state = :noticed and r.rectifyBy < :day", "noticed", "NOTICE_ISSUED", "day", null);
        assertEquals(" and r.activeUnit is not null and r.state = :noticed and r.rectifyBy < :day",
                filter.conditions());
        Map<String, Object> expected = new HashMap<>();
        expected.put("noticed", "NOTICE_ISSUED");
        expected.put("day", null);
        assertEquals(expected, filter.parameters());
        assertThrows(IllegalArgumentException.class, () -> new QueryFilter().andIf(true, "r.x = :x", "x"));
    }

    @Test
    void parametersOfTheFixedPartAreBoundEvenWhenNull() {
        QueryFilter filter = new QueryFilter().with("company", null).with("text", "%a%");
        assertEquals("", filter.conditions());
        assertEquals(2, filter.parameters().size());
        assertEquals("%a%", filter.parameters().get("text"));
    }
}
