package org.estatedesk.handover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.estatedesk.handover.DefectState.Action;
import org.estatedesk.servicedesk.ContractorScope;
import org.estatedesk.servicedesk.TaskTest;
import org.estatedesk.shared.ConflictException;
import org.junit.jupiter.api.Test;

/** B2: routing by warranty scope, due dates by severity, overdue, the hops of a defect. */
class DefectTest {
    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 12, 1, 10, 0, 0, 0, ZoneOffset.ofHours(8));
    private static final LocalDate DAY = T0.toLocalDate();
    private static final long ESTATE = 1L;
    // library: 7 waterproofing → 8 bathroom leak; 9 wall crack
    private static final Map<Long, Long> PARENTS = Map.of(8L, 7L);

    private static ContractorScope scope(long id, long contractor, Long building, long category, LocalDate from,
            int months) {
        return TaskTest.withId(new ContractorScope(contractor, ESTATE, building, category, from, months), id);
    }

    @Test
    void aDefectGoesToTheContractorWhoseScopeCoversItsCategoryOrParent() {
        List<ContractorScope> scopes = List.of(scope(1, 100, null, 7, LocalDate.of(2026, 1, 1), 60));
        assertEquals(100L, DefectRouting.contractor(scopes, ESTATE, 20L, 8L, PARENTS, DAY));
        assertEquals(100L, DefectRouting.contractor(scopes, ESTATE, 20L, 7L, PARENTS, DAY));
        assertNull(DefectRouting.contractor(scopes, ESTATE, 20L, 9L, PARENTS, DAY), "not in scope: engineering");
        assertNull(DefectRouting.contractor(scopes, 2L, 20L, 8L, PARENTS, DAY), "another estate: engineering");
    }

    @Test
    void anExpiredWarrantyRoutesToEngineering() {
        List<ContractorScope> scopes = List.of(scope(1, 100, null, 7, LocalDate.of(2024, 12, 1), 24));
        assertNull(DefectRouting.contractor(scopes, ESTATE, 20L, 8L, PARENTS, DAY));
        assertEquals(100L, DefectRouting.contractor(scopes, ESTATE, 20L, 8L, PARENTS, LocalDate.of(2026, 11, 30)));
        assertNull(DefectRouting.contractor(List.of(), ESTATE, 20L, 8L, PARENTS, DAY), "no scopes: engineering");
    }

    @Test
    void theBuildingsScopeBeatsTheEstateWideOne() {
        LocalDate from = LocalDate.of(2026, 1, 1);
        List<ContractorScope> scopes = List.of(scope(1, 100, null, 7, from, 60), scope(2, 200, 20L, 7, from, 60));
        assertEquals(200L, DefectRouting.contractor(scopes, ESTATE, 20L, 8L, PARENTS, DAY));
        assertEquals(100L, DefectRouting.contractor(scopes, ESTATE, 21L, 8L, PARENTS, DAY));
    }

    @Test
    void theDueDateIsTheDayRecordedPlusTheSeveritysDays() {
        assertEquals(LocalDate.of(2026, 12, 4), DefectRouting.dueDate(DAY, 3));
        assertEquals(LocalDate.of(2026, 12, 16), DefectRouting.dueDate(DAY, 15));
        assertEquals("defect.dueDays.A", Severity.A.dueDays().key());
        assertEquals("7", Severity.B.dueDays().defaultValue());
        assertEquals("15", Severity.C.dueDays().defaultValue());
    }

    private static Defect defect(InspectedUnit unit) {
        InspectionBatch batch = TaskTest.withId(new InspectionBatch(5L, ESTATE, InspectionKind.MOCK, "一期模拟验房",
                "manager", T0), 3L);
        return TaskTest.withId(new Defect(batch, unit, Room.BATHROOM, 8L, "bathroom-leak", "地漏反水", Severity.A,
                100L, DefectRouting.dueDate(DAY, 3), "inspector", T0), 9L);
    }

    @Test
    void aDefectIsOverdueOnlyPastItsDueDateWhileWaitingOnTheContractor() {
        Defect d = defect(new InspectedUnit(3L, 50L, 20L));
        assertFalse(d.isOverdue(LocalDate.of(2026, 12, 4)));
        assertTrue(d.isOverdue(LocalDate.of(2026, 12, 5)));
        d.act(Action.ASSIGN, "manager", T0, null);
        d.act(Action.START, "foreman", T0, null);
        assertTrue(d.isOverdue(LocalDate.of(2026, 12, 5)));
        d.act(Action.RECTIFY, "foreman", T0, null);
        assertFalse(d.isOverdue(LocalDate.of(2026, 12, 5)), "rectified: the inspector's turn");
        d.act(Action.REJECT, "inspector", T0, "仍渗水");
        assertTrue(d.isOverdue(LocalDate.of(2026, 12, 5)));
    }

    @Test
    void everyStepIsAHopAndAnIllegalOneChangesNothing() {
        InspectedUnit unit = new InspectedUnit(3L, 50L, 20L);
        Defect d = defect(unit);
        assertEquals(UnitInspection.WITH_DEFECTS, unit.getState());
        DefectHop first = d.recorded();
        assertEquals(DefectState.RECORDED, first.getTo());
        assertNull(first.getFrom());
        assertThrows(ConflictException.class, () -> d.act(Action.ACCEPT, "inspector", T0, null));
        assertEquals(DefectState.RECORDED, d.getState());
        DefectHop hop = d.act(Action.ASSIGN, "manager", T0.plusHours(1), " 请尽快 ");
        assertEquals(9L, hop.getDefectId());
        assertEquals("ASSIGN", hop.getAction());
        assertEquals(DefectState.RECORDED, hop.getFrom());
        assertEquals(DefectState.ASSIGNED, hop.getTo());
        assertEquals("请尽快", hop.getComment());
        assertNull(d.getClosedAt());
        d.act(Action.CANCEL, "manager", T0.plusHours(2), "重复");
        assertEquals(T0.plusHours(2), d.getClosedAt());
    }

    @Test
    void aUnitWithDefectsCannotBeClean() {
        InspectedUnit unit = new InspectedUnit(3L, 50L, 20L);
        unit.clean("inspector", T0);
        assertEquals(UnitInspection.CLEAN, unit.getState());
        defect(unit);
        assertEquals(UnitInspection.WITH_DEFECTS, unit.getState());
        assertThrows(ConflictException.class, () -> unit.clean("inspector", T0));
    }
}
