package org.estatedesk.approvals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.estatedesk.shared.CallerContext;
import org.estatedesk.shared.DataScope;
import org.estatedesk.shared.NotFoundException;
import org.junit.jupiter.api.Test;

/**
 * The skeleton of the approval forms (R3.9): a rejection or the chain's last approval decides the form, an approval
 * with a next step only advances it; the form is read through the caller's scope and one he may not see is not
 * found under the form's key; the inbox title is {@code approval.form.<TYPE>}.
 */
class FormApprovalTest {
    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-12-03T10:00:00+08:00");

    /** A form type over strings; what it was told is written down. */
    static class Recording extends FormApproval<String> {
        final List<String> told = new ArrayList<>();
        final Map<Long, String> forms = Map.of(7L, "form-7");
        DataScope seen;

        Recording() {
            super("TEST_FORM", "testForm");
            caller = new CallerContext() {
                @Override
                public DataScope scope() {
                    return new DataScope(42, false);
                }
            };
        }

        @Override
        protected Optional<String> find(long formId, DataScope scope) {
            seen = scope;
            return Optional.ofNullable(forms.get(formId));
        }

        @Override
        protected void decide(String form, boolean approve, ApprovalDecided d) {
            told.add((approve ? "approved " : "rejected ") + form + " by " + d.by());
        }

        @Override
        protected void stepApproved(String form, ApprovalDecided d) {
            told.add("step " + d.step() + " -> " + d.nextStep() + " of " + form);
        }

        @Override
        protected FormSummary summary(String form) {
            return summary("subject of " + form, "/test.xhtml", List.of(FormSummary.Field.text("label", form)));
        }
    }

    private static ApprovalDecided decided(long formId, Decision decision, ChainState chain, String next) {
        return new ApprovalDecided(1, "TEST_FORM", formId, 1, 11, "FIRST", decision, "manager", AT, "ok", chain,
                next);
    }

    @Test
    void aRejectionDecidesTheFormRejected() {
        Recording f = new Recording();
        f.decided(decided(7, Decision.REJECT, ChainState.REJECTED, null));
        assertEquals(List.of("rejected form-7 by manager"), f.told);
    }

    @Test
    void theLastApprovalDecidesTheFormApproved() {
        Recording f = new Recording();
        f.decided(decided(7, Decision.APPROVE, ChainState.APPROVED, null));
        assertEquals(List.of("approved form-7 by manager"), f.told);
    }

    @Test
    void anApprovalWithANextStepOnlyAdvancesTheForm() {
        Recording f = new Recording();
        f.decided(decided(7, Decision.APPROVE, ChainState.PENDING, "SECOND"));
        assertEquals(List.of("step FIRST -> SECOND of form-7"), f.told);
    }

    @Test
    void theFormIsReadThroughTheCallersScopeAndAnInvisibleOneIsNotFound() {
        Recording f = new Recording();
        f.decided(decided(7, Decision.APPROVE, ChainState.APPROVED, null));
        assertEquals(new DataScope(42, false), f.seen);
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> f.decided(decided(8, Decision.REJECT, ChainState.REJECTED, null)));
        assertEquals(List.of("testForm", 8L), List.of(e.arguments()));
        assertThrows(NotFoundException.class, () -> f.summary(8));
        assertEquals(List.of("approved form-7 by manager"), f.told, "nothing decided for a form not found");
    }

    @Test
    void theSummaryIsTitledByTheFormType() {
        FormSummary s = new Recording().summary(7);
        assertEquals("approval.form.TEST_FORM", s.titleKey());
        assertEquals("subject of form-7", s.subject());
        assertEquals("/test.xhtml", s.link());
        assertEquals("form-7", s.fields().get(0).value());
        assertEquals(List.of(), s.documents());
        assertEquals("TEST_FORM", new Recording().formType());
    }
}
