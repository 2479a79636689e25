package org.estatedesk.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

/** The key and loan state machines of R5.1. */
class EstateKeyTest {
    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    private static EstateKey ownerKey() {
        return withId(new EstateKey(1, 2, KeyCategory.OWNER_SECURITY_DOOR, "1-1-0101-SD", 10L, "1-1-0101", null, null,
                null, "A1", 2, false, "desk", T0), 5L);
    }

    private static <T> T withId(T entity, long id) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The unit's current owners and occupants (R0.4). */
    private static final List<String> RESIDENTS = List.of("王先生", "Li Na");

    @Test
    void anOwnerTakesHisKeyAtOnceAgainstHisSignature() {
        EstateKey key = ownerKey();
        KeyLoan loan = withId(key.lend("王先生", BorrowerKind.OWNER, RESIDENTS, "进户", T0.plusDays(1), null, true, "desk", T0), 9L);
        key.loanStored(loan);
        assertEquals(KeyState.ON_LOAN, key.getState());
        assertEquals(LoanState.OUT, loan.getState());
        assertEquals("desk", loan.getHandedOutBy());
        assertEquals("王先生", loan.getSignedName(), "the borrower signs with his name by default");
        assertEquals(9L, key.getCurrentLoanId());
        assertFalse(loan.isOverdue(T0.plusHours(23)));
        assertTrue(loan.isOverdue(T0.plusDays(1).plusMinutes(1)));

        ConflictException twice = assertThrows(ConflictException.class, () -> key.lend("李四", BorrowerKind.OWNER, RESIDENTS,
                "x", T0.plusDays(1), null, true, "desk", T0));
        assertEquals("error.key.out", twice.messageKey());

        key.returned(loan, "desk", null, T0.plusHours(3));
        assertEquals(KeyState.IN_STORE, key.getState());
        assertEquals(LoanState.RETURNED, loan.getState());
        assertNull(key.getCurrentLoanId());
        assertFalse(loan.isOverdue(T0.plusDays(3)), "a returned loan is never overdue");
        assertThrows(ConflictException.class, () -> key.returned(loan, "desk", null, T0.plusHours(4)));
    }

    @Test
    void theOwnersLoanNeedsTheSignature() {
        EstateKey key = ownerKey();
        RuleViolationException e = assertThrows(RuleViolationException.class, () -> key.lend("王先生",
                BorrowerKind.OWNER, RESIDENTS, "进户", T0.plusDays(1), null, false, "desk", T0));
        assertEquals("signatureConfirmed", e.field());
        assertEquals(KeyState.IN_STORE, key.getState(), "nothing changed");
    }

    @Test
    void aContractorWaitsForApprovalThenSignsForTheKey() {
        EstateKey key = ownerKey();
        KeyLoan loan = withId(key.lend("鹭建防水 郭工", BorrowerKind.CONTRACTOR, RESIDENTS, "卫生间返修", T0.plusDays(2), null, false,
                "desk", T0), 9L);
        key.loanStored(loan);
        assertEquals(KeyState.RESERVED, key.getState());
        assertEquals(LoanState.REQUESTED, loan.getState());
        assertThrows(ConflictException.class, () -> key.handOut(loan, "郭工", true, "desk", T0),
                "not before the approval");
        assertThrows(ConflictException.class, () -> key.lend("别人", BorrowerKind.OTHER, RESIDENTS, "x", T0.plusDays(1), null,
                false, "desk", T0), "a reserved key is taken");

        key.approved(loan, "manager", "同意", T0.plusHours(1));
        assertEquals(LoanState.APPROVED, loan.getState());
        assertEquals("manager", loan.getDecidedBy());
        assertThrows(RuleViolationException.class, () -> key.handOut(loan, "郭工", false, "desk", T0.plusHours(2)));
        key.handOut(loan, "郭工", true, "desk", T0.plusHours(2));
        assertEquals(KeyState.ON_LOAN, key.getState());
        assertEquals(LoanState.OUT, loan.getState());
        assertEquals("郭工", loan.getSignedName());
    }

    @Test
    void aRejectedRequestReleasesTheKey() {
        EstateKey key = ownerKey();
        KeyLoan loan = withId(key.lend("张三", null, RESIDENTS, "看房", T0.plusDays(1), null, false, "desk", T0), 9L);
        key.loanStored(loan);
        assertEquals(BorrowerKind.OTHER, loan.getBorrowerKind(), "unknown borrowers are not owners");
        key.rejected(loan, "manager", "非业主", T0.plusHours(1));
        assertEquals(LoanState.REJECTED, loan.getState());
        assertEquals(KeyState.IN_STORE, key.getState());
        assertNull(key.getCurrentLoanId());
    }

    @Test
    void aKeyKeptForRectificationGoesBackThereUntilTheOwnerCollectsIt() {
        EstateKey key = ownerKey();
        key.holdForRectification();
        assertEquals(KeyState.RECTIFICATION, key.getState());
        KeyLoan loan = withId(key.lend("郭工", BorrowerKind.CONTRACTOR, RESIDENTS, "整改", T0.plusDays(1), null, false, "desk",
                T0), 9L);
        key.loanStored(loan);
        key.approved(loan, "manager", null, T0);
        key.handOut(loan, null, true, "desk", T0);
        key.returned(loan, "desk", "整改完毕", T0.plusHours(5));
        assertEquals(KeyState.RECTIFICATION, key.getState(), "back to rectification, not the store");
        key.collect("王先生", T0.plusDays(2));
        assertEquals(KeyState.WITH_OWNER, key.getState());
        assertEquals("王先生", key.getCollectedBy());
        assertThrows(ConflictException.class, () -> key.lend("x", BorrowerKind.OWNER, RESIDENTS, "x", T0.plusDays(3), null, true,
                "desk", T0.plusDays(2)), "a collected key is no longer lent");
    }

    @Test
    void targetsAndRulesOfTheCategories() {
        assertThrows(RuleViolationException.class, () -> new EstateKey(1, 2, KeyCategory.OWNER_MAILBOX, "M", null,
                null, null, null, null, null, 1, false, "desk", T0));
        assertThrows(RuleViolationException.class, () -> new EstateKey(1, 2, KeyCategory.PUBLIC_DOOR, "P", null, null,
                "1", null, null, null, 1, false, "desk", T0));
        EstateKey room = withId(new EstateKey(1, 2, KeyCategory.EQUIPMENT_ROOM, "E-1", null, null, null, null, "水泵房",
                null, 1, true, "desk", T0), 6L);
        assertEquals("水泵房", room.target());
        assertThrows(RuleViolationException.class, room::holdForRectification);
        assertThrows(RuleViolationException.class, () -> room.lend("x", BorrowerKind.OWNER, RESIDENTS, "x", T0.plusDays(1), null,
                true, "desk", T0), "owners borrow only owner keys");
        assertThrows(RuleViolationException.class, () -> room.lend("郑师傅", BorrowerKind.STAFF, RESIDENTS, "检修", T0.minusHours(1),
                null, false, "desk", T0), "due in the past");
        assertEquals("1 3F", new EstateKey(1, 2, KeyCategory.PUBLIC_WINDOW, "W", null, null, "1", 3, null, null, 1,
                false, "desk", T0).target());
    }

    @Test
    void aBorrowerTickedAsTheOwnerWhoIsNoneOfTheUnitsOwnersOrOccupantsWaitsForTheManager() {
        EstateKey key = ownerKey();
        KeyLoan loan = withId(key.lend("冒名者", BorrowerKind.OWNER, RESIDENTS, "进户", T0.plusDays(1), null, true,
                "desk", T0), 9L);
        key.loanStored(loan);
        assertEquals(LoanState.REQUESTED, loan.getState(), "not handed out: the manager decides");
        assertEquals(KeyState.RESERVED, key.getState());
        assertEquals(BorrowerKind.OWNER, loan.getBorrowerKind(), "what the clerk ticked is kept");
        assertTrue(loan.isApprovalRequired());
        assertThrows(ConflictException.class, () -> key.handOut(loan, null, true, "desk", T0));
        key.approved(loan, "manager", "核实为业主亲属", T0.plusHours(1));
        key.handOut(loan, null, true, "desk", T0.plusHours(2));
        assertEquals(LoanState.OUT, loan.getState());

        EstateKey empty = ownerKey();
        assertEquals(LoanState.REQUESTED, empty.lend("王先生", BorrowerKind.OWNER, List.of(), "进户", T0.plusDays(1),
                null, true, "desk", T0).getState(), "a unit without owners on record has no owner to lend to");
    }

    @Test
    void theOwnersNameIsMatchedSpacesAndCaseAside() {
        assertTrue(EstateKey.isResident(" 王 先生 ", RESIDENTS));
        assertTrue(EstateKey.isResident("li na", RESIDENTS));
        assertFalse(EstateKey.isResident("王先", RESIDENTS));
        assertFalse(EstateKey.isResident(" ", RESIDENTS));
        assertFalse(EstateKey.isResident("王先生", null));
        KeyLoan loan = ownerKey().lend("LI NA", BorrowerKind.OWNER, RESIDENTS, "取物", T0.plusDays(1), null, true,
                "desk", T0);
        assertEquals(LoanState.OUT, loan.getState());
        assertFalse(loan.isApprovalRequired());
    }
}
