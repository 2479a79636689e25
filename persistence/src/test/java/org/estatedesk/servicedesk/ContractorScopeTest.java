package org.estatedesk.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R1.14: which contractor answers for a defect, and until when. */
class ContractorScopeTest {
    private static final LocalDate HANDOVER = LocalDate.of(2024, 6, 1);
    // library: 7 waterproofing → 8 bathroom-leak; 9 wall-crack
    private static final Map<Long, Long> PARENTS = Map.of(8L, 7L);

    private static ContractorScope scope(long id, long contractor, Long building, long category, int months) {
        return TaskTest.withId(new ContractorScope(contractor, 1L, building, category, HANDOVER, months), id);
    }

    @Test
    void aWarrantyRunsForItsMonthsFromItsDate() {
        ContractorScope s = scope(1, 100, null, 7, 60);
        assertEquals(LocalDate.of(2029, 5, 31), s.warrantyUntil());
        assertTrue(s.inWarranty(HANDOVER));
        assertTrue(s.inWarranty(LocalDate.of(2029, 5, 31)));
        assertFalse(s.inWarranty(LocalDate.of(2029, 6, 1)));
        assertFalse(s.inWarranty(HANDOVER.minusDays(1)));
    }

    @Test
    void aScopeCoversItsCategoryAndEverythingBelowIt() {
        List<ContractorScope> scopes = List.of(scope(1, 100, null, 7, 60));
        LocalDate day = LocalDate.of(2026, 11, 23);
        assertEquals(100L, ContractorScope.responsible(scopes, 1L, 5L, 8L, PARENTS, day).orElseThrow()
                .getContractorId(), "bathroom leak lies under waterproofing");
        assertTrue(ContractorScope.responsible(scopes, 1L, 5L, 9L, PARENTS, day).isEmpty(), "not a wall crack");
        assertTrue(ContractorScope.responsible(scopes, 2L, 5L, 8L, PARENTS, day).isEmpty(), "another estate");
        assertTrue(ContractorScope.responsible(scopes, 1L, 5L, 8L, PARENTS, LocalDate.of(2030, 1, 1)).isEmpty(),
                "warranty over");
    }

    @Test
    void theBuildingsOwnContractorAndTheNearestCategoryWin() {
        List<ContractorScope> scopes = List.of(scope(1, 100, null, 7, 60), scope(2, 200, 5L, 7, 60),
                scope(3, 300, null, 8, 60));
        LocalDate day = LocalDate.of(2026, 11, 23);
        assertEquals(200L, ContractorScope.responsible(scopes, 1L, 5L, 8L, PARENTS, day).orElseThrow()
                .getContractorId(), "building 5 has its own waterproofing contractor");
        assertEquals(300L, ContractorScope.responsible(scopes, 1L, 6L, 8L, PARENTS, day).orElseThrow()
                .getContractorId(), "elsewhere the bathroom-leak scope is nearer than waterproofing");
    }
}
