package org.estatedesk.passes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** Passes (R3.6): the period each kind allows, the hot-work certificate, return once, overdue. */
class PassTest {
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 3, 2, 0, 0, 0, ZoneOffset.UTC);
    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    private static Pass pass(Pass.Kind kind, LocalDate to, String certificate) {
        return new Pass(1, 2, 3, "1-1-0101", kind, "王师傅", "350102199001011234", "鹭岛装饰", certificate, DAY, to, 3,
                3, "frontdesk", NOW);
    }

    @Test
    void aWorkersPassLastsAtMostThreeMonthsATemporaryOneThreeDays() {
        assertEquals(DAY.plusMonths(3).minusDays(1), pass(Pass.Kind.WORKER, DAY.plusMonths(3).minusDays(1), null)
                .getValidTo());
        assertThrows(RuleViolationException.class, () -> pass(Pass.Kind.WORKER, DAY.plusMonths(3), null));
        assertThrows(RuleViolationException.class, () -> pass(Pass.Kind.WORKER, DAY.minusDays(1), null));
        pass(Pass.Kind.TEMPORARY, DAY.plusDays(2), null);
        RuleViolationException tooLong = assertThrows(RuleViolationException.class,
                () -> pass(Pass.Kind.TEMPORARY, DAY.plusDays(3), null));
        assertEquals("validTo", tooLong.field());
    }

    @Test
    void aGoodsReleaseSlipNamesTheGoodsAndTheConfirmingOwnerForOneDay() {
        Pass slip = new Pass(1, 2, 3, "1-1-0101", Pass.Kind.GOODS_RELEASE, "搬家师傅", "350102199001011234", null,
                null, " 沙发一套 ", "业主张三", DAY, null, 3, 3, "frontdesk", NOW);
        assertEquals(DAY, slip.getValidTo(), "valid for its day");
        assertEquals("沙发一套", slip.getGoods());
        assertEquals("field goods", "field " + assertThrows(RuleViolationException.class, () -> new Pass(1, 2, 3, "x",
                Pass.Kind.GOODS_RELEASE, "h", "i", null, null, " ", "业主", DAY, null, 3, 3, "f", NOW)).field());
        assertEquals("confirmedByOwner", assertThrows(RuleViolationException.class, () -> new Pass(1, 2, 3, "x",
                Pass.Kind.GOODS_RELEASE, "h", "i", null, null, "冰箱", null, DAY, null, 3, 3, "f", NOW)).field());
        assertEquals("validTo", assertThrows(RuleViolationException.class, () -> new Pass(1, 2, 3, "x",
                Pass.Kind.GOODS_RELEASE, "h", "i", null, null, "冰箱", "业主", DAY, DAY.plusDays(1), 3, 3, "f", NOW))
                .field());
    }

    @Test
    void aHotWorkPermitNeedsTheWeldersCertificate() {
        RuleViolationException missing = assertThrows(RuleViolationException.class,
                () -> pass(Pass.Kind.HOT_WORK, DAY.plusDays(5), " "));
        assertEquals("certificateNo", missing.field());
        assertEquals("T350102", pass(Pass.Kind.HOT_WORK, DAY.plusDays(5), " T350102 ").getCertificateNo());
    }

    @Test
    void aPassIsReturnedOnceAndOverdueOnlyWhileOutAfterItsLastDay() {
        Pass p = pass(Pass.Kind.WORKER, DAY.plusDays(10), null);
        assertFalse(p.isOverdue(DAY.plusDays(10)));
        assertTrue(p.isOverdue(DAY.plusDays(11)));
        p.giveBack("frontdesk", NOW);
        assertEquals(Pass.State.RETURNED, p.getState());
        assertFalse(p.isOverdue(DAY.plusDays(11)));
        assertThrows(ConflictException.class, () -> p.giveBack("frontdesk", NOW));
    }
}
