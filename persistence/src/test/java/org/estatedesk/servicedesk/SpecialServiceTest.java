package org.estatedesk.servicedesk;

import static org.estatedesk.servicedesk.TaskTest.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** Paid special service (特约服务, R1.2): quoted → the owner accepts → work → charged once. */
public class SpecialServiceTest {
    private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-11-23T09:00:00+08:00");
    private static final Duration DAY = Duration.ofHours(24);

    private static Reception reception(Long unitId, Channel channel) {
        return withId(new Reception(1L, 10L, unitId, unitId == null ? "3 号楼大堂" : null, channel, "王先生",
                "138 0000 0001", "更换厨房水龙头", "frontdesk", T0), 5L);
    }

    private static IssueCategory category() {
        return withId(new IssueCategory(1L, null, "in-unit-repair", "户内有偿维修", "Paid in-unit repairs")
                .defaults(TaskKind.SPECIAL_SERVICE, SlaTier.COMPLEX, LocationKind.UNIT, Department.ENGINEERING, null),
                7L);
    }

    private static Task task(Reception r) {
        return withId(new Task(r, TaskKind.SPECIAL_SERVICE, null, category(), LocationKind.UNIT,
                Department.ENGINEERING, SlaTier.COMPLEX, T0.plusDays(1), false,
                Escalation.assess(TaskKind.SPECIAL_SERVICE, 0, 0), 0, "frontdesk", null, T0), 9L);
    }

    private static Task assigned() {
        Task t = task(reception(100L, Channel.PHONE));
        t.act(TaskAction.ASSIGN, "engineer", "tech", null, null, DAY, DAY, T0);
        return t;
    }

    private static void act(Task t, TaskAction action, WorkOrder order) {
        t.act(action, "tech", null, null, order, DAY, DAY, T0.plusHours(2));
    }

    @Test
    void aSpecialServiceFromACallerIsQuotedAndOneHandedOverByAFormIsNot() {
        assertTrue(task(reception(100L, Channel.PHONE)).isQuoteRequired());
        Task form = task(reception(100L, Channel.HANDOVER));
        assertFalse(form.isQuoteRequired());
        assertThrows(ConflictException.class, () -> form.quote(new BigDecimal("80"), "封堵", "tech", T0));
        form.act(TaskAction.ASSIGN, "engineer", "tech", null, null, DAY, DAY, T0);
        act(form, TaskAction.PLAN, null);
        act(form, TaskAction.COMPLETE, TaskTest.doneOnSite());
        assertEquals(Optional.empty(), form.chargeToBill());
    }

    @Test
    void aPublicAreaCannotBeAPaidSpecialService() {
        RuleViolationException e = assertThrows(RuleViolationException.class,
                () -> task(reception(null, Channel.PHONE)));
        assertEquals("error.task.specialServiceNeedsUnit", e.messageKey());
    }

    @Test
    void noPlanNorCompletionWithoutAnAcceptedQuote() {
        Task t = assigned();
        assertEquals("error.task.quoteNotAccepted",
                assertThrows(ConflictException.class, () -> act(t, TaskAction.PLAN, null)).messageKey());
        t.quote(new BigDecimal("120.5"), "更换水龙头（含材料）", "tech", T0.plusMinutes(10));
        assertThrows(ConflictException.class, () -> act(t, TaskAction.PLAN, null));
        assertEquals(TaskState.TO_REPLY, t.getState());
        t.decideQuote(true, "王先生", QuoteConsent.PHONE, null, "frontdesk", T0.plusMinutes(20));
        act(t, TaskAction.PLAN, null);
        assertEquals(TaskState.TO_IMPLEMENT, t.getState());
    }

    @Test
    void theQuoteIsAnAmountOfTwoDecimalsAndADescription() {
        Task t = assigned();
        assertThrows(RuleViolationException.class, () -> t.quote(new BigDecimal("-1"), "x", "tech", T0));
        assertThrows(RuleViolationException.class, () -> t.quote(new BigDecimal("1.005"), "x", "tech", T0));
        assertThrows(RuleViolationException.class, () -> t.quote(null, "x", "tech", T0));
        assertThrows(RuleViolationException.class, () -> t.quote(BigDecimal.TEN, " ", "tech", T0));
        assertNull(t.getQuote());
        TaskEvent e = t.quote(new BigDecimal("120.5"), " 更换水龙头 ", "tech", T0);
        assertEquals(new BigDecimal("120.50"), t.getQuote().getAmount());
        assertEquals("更换水龙头", t.getQuote().getDescription());
        assertEquals("tech", t.getQuote().getQuotedBy());
        assertEquals("QUOTE", e.getAction());
        assertEquals(TaskState.TO_REPLY, e.getToState());
    }

    @Test
    void aNewQuoteReplacesAPendingOrRefusedOneButNotAnAcceptedOne() {
        Task t = assigned();
        t.quote(new BigDecimal("200"), "整体更换", "tech", T0);
        TaskEvent again = t.quote(new BigDecimal("150"), "更换阀芯", "tech", T0.plusMinutes(5));
        assertEquals("REQUOTE", again.getAction());
        assertEquals(new BigDecimal("150.00"), t.getQuote().getAmount());
        TaskEvent refused = t.decideQuote(false, "王先生", QuoteConsent.PHONE, "太贵", "frontdesk", T0.plusMinutes(9));
        assertEquals("QUOTE_REFUSED", refused.getAction());
        assertEquals(Quote.Decision.REFUSED, t.getQuote().getDecision());
        assertThrows(ConflictException.class, () -> act(t, TaskAction.PLAN, null));
        assertThrows(ConflictException.class,
                () -> t.decideQuote(true, "王先生", QuoteConsent.PHONE, null, "frontdesk", T0.plusMinutes(10)));
        t.quote(new BigDecimal("100"), "只换阀芯，旧件利用", "tech", T0.plusMinutes(15));
        assertTrue(t.getQuote().isPending());
        t.decideQuote(true, "王先生", QuoteConsent.SIGNATURE, null, "tech", T0.plusMinutes(20));
        assertEquals("王先生", t.getQuote().getDecidedBy());
        assertEquals("tech", t.getQuote().getRecordedBy());
        assertEquals(ConflictException.class, assertThrows(ConflictException.class,
                () -> t.quote(new BigDecimal("90"), "便宜点", "tech", T0.plusMinutes(30))).getClass());
        assertEquals(new BigDecimal("100.00"), t.getQuote().getAmount());
    }

    @Test
    void aRefusedQuoteLetsTheTaskBeVoided() {
        Task t = assigned();
        t.quote(new BigDecimal("100"), "换锁", "tech", T0);
        t.decideQuote(false, "138 0000 0001", QuoteConsent.PHONE, null, "frontdesk", T0.plusMinutes(5));
        t.act(TaskAction.VOID, "frontdesk", null, "业主拒绝报价", null, DAY, DAY, T0.plusMinutes(6));
        assertEquals(TaskState.VOID, t.getState());
        assertEquals(Optional.empty(), t.chargeToBill());
    }

    @Test
    void theAnswerNeedsWhoGaveItAndHow() {
        Task t = assigned();
        assertThrows(ConflictException.class,
                () -> t.decideQuote(true, "王先生", QuoteConsent.PHONE, null, "frontdesk", T0));
        t.quote(new BigDecimal("100"), "换锁", "tech", T0);
        assertThrows(RuleViolationException.class,
                () -> t.decideQuote(true, " ", QuoteConsent.PHONE, null, "frontdesk", T0));
        assertThrows(RuleViolationException.class, () -> t.decideQuote(true, "王先生", null, null, "frontdesk", T0));
        assertTrue(t.getQuote().isPending());
    }

    @Test
    void noQuoteOnceTheWorkIsPlanned() {
        Task t = assigned();
        t.quote(new BigDecimal("100"), "换锁", "tech", T0);
        t.decideQuote(true, "王先生", QuoteConsent.PHONE, null, "frontdesk", T0);
        act(t, TaskAction.PLAN, null);
        assertEquals("error.task.quoteNotNow", assertThrows(ConflictException.class,
                () -> t.quote(new BigDecimal("90"), "x", "tech", T0)).messageKey());
    }

    @Test
    void theCompletionChargesTheAcceptedQuoteOnce() {
        Task t = assigned();
        t.quote(new BigDecimal("120.50"), "更换水龙头", "tech", T0);
        t.decideQuote(true, "王先生", QuoteConsent.SIGNATURE, null, "tech", T0);
        act(t, TaskAction.PLAN, null);
        assertEquals("error.task.chargeNotQuoted", assertThrows(RuleViolationException.class,
                () -> act(t, TaskAction.COMPLETE, new WorkOrder("tech", T0.plusHours(1), "已更换", null, new BigDecimal("150"),
                        "王先生"))).messageKey());
        assertEquals(TaskState.TO_IMPLEMENT, t.getState());
        act(t, TaskAction.COMPLETE, new WorkOrder("tech", T0.plusHours(1), "已更换", "水龙头一个", null, "王先生"));
        assertEquals(new BigDecimal("120.50"), t.getWorkOrder().getCharge());
        assertEquals(Optional.of(new BigDecimal("120.50")), t.chargeToBill());
        assertEquals("TASK:9:SERVICE", t.chargeKey());
        t.charged(77L);
        assertEquals(77L, t.getChargeBillId());
        assertEquals(Optional.empty(), t.chargeToBill());

        // a dissatisfied callback reopens it; completing again charges nothing more
        t.callback(CallbackResult.DISSATISFIED, "还在滴水", "frontdesk", T0.plusHours(5));
        assertEquals(TaskState.TO_IMPLEMENT, t.getState());
        assertEquals(Optional.empty(), t.chargeToBill());
        act(t, TaskAction.COMPLETE, new WorkOrder("tech", T0.plusHours(1), "重新安装", null, new BigDecimal("120.5"), "王先生"));
        assertEquals(Optional.empty(), t.chargeToBill());
        t.charged(77L);
        assertThrows(ConflictException.class, () -> t.charged(78L));
        assertEquals(77L, t.getChargeBillId());
    }

    @Test
    void aFreeServiceMakesNoBill() {
        Task t = assigned();
        t.quote(BigDecimal.ZERO, "上门检查（免费）", "tech", T0);
        t.decideQuote(true, "王先生", QuoteConsent.PHONE, null, "frontdesk", T0);
        act(t, TaskAction.PLAN, null);
        act(t, TaskAction.COMPLETE, TaskTest.doneOnSite());
        assertEquals(new BigDecimal("0.00"), t.getWorkOrder().getCharge());
        assertEquals(Optional.empty(), t.chargeToBill());
    }

    @Test
    void repairsAreNotQuoted() {
        Task t = withId(new Task(reception(100L, Channel.PHONE), TaskKind.REPAIR, null, category(), LocationKind.UNIT,
                Department.ENGINEERING, SlaTier.GENERAL, T0.plusDays(1), false,
                Escalation.assess(TaskKind.REPAIR, 0, 0), 0, "frontdesk", null, T0), 9L);
        assertFalse(t.isQuoteRequired());
        assertThrows(ConflictException.class, () -> t.quote(BigDecimal.TEN, "x", "tech", T0));
        t.act(TaskAction.ASSIGN, "engineer", "tech", null, null, DAY, DAY, T0);
        act(t, TaskAction.PLAN, null);
        act(t, TaskAction.COMPLETE, new WorkOrder("tech", T0.plusHours(1), "修好", null, new BigDecimal("30"), "王先生"));
        assertEquals(Optional.empty(), t.chargeToBill());
    }
}
