package org.estatedesk.frontline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchServiceTest {
    private static SearchService.Hit hit(SearchHit.Type type, long id) {
        return new SearchService.Hit(type, null, id, "#" + id, null, null, null, null);
    }

    private static List<String> ids(List<SearchService.Hit> hits) {
        return hits.stream().map(h -> h.type() + ":" + h.id()).toList();
    }

    @Test
    void theKindsTakeTurnsSoThatNoneCrowdsTheOthersOut() {
        List<List<SearchService.Hit>> kinds = List.of(
                List.of(hit(SearchHit.Type.OWNER, 1), hit(SearchHit.Type.OWNER, 2), hit(SearchHit.Type.OWNER, 3)),
                List.of(),
                List.of(hit(SearchHit.Type.TASK, 7)),
                List.of(hit(SearchHit.Type.FORM, 8), hit(SearchHit.Type.FORM, 9)));
        assertEquals(List.of("OWNER:1", "TASK:7", "FORM:8", "OWNER:2", "FORM:9", "OWNER:3"),
                ids(SearchService.inTurns(kinds, 10)));
        assertEquals(List.of("OWNER:1", "TASK:7", "FORM:8", "OWNER:2"), ids(SearchService.inTurns(kinds, 4)));
        assertEquals(List.of(), ids(SearchService.inTurns(List.of(List.of(), List.of()), 10)));
    }
}
