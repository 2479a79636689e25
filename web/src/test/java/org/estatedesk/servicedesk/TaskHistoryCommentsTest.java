package org.estatedesk.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TaskHistoryCommentsTest {

    @Test
    void aCallbackReadsAsItsResultsName() {
        Locale zh = Locale.SIMPLIFIED_CHINESE;
        assertEquals("满意：修得很好", TaskHistoryComments.comment(zh, "CALLBACK", "SATISFIED: 修得很好"));
        assertEquals("不满意", TaskHistoryComments.comment(zh, "CALLBACK", "DISSATISFIED"));
        assertEquals("Not reached: no answer",
                TaskHistoryComments.comment(Locale.ENGLISH, "CALLBACK", "UNREACHABLE: no answer"));
    }

    @Test
    void otherLinesAreShownAsWritten() {
        assertEquals("SATISFIED: x", TaskHistoryComments.comment(Locale.ENGLISH, "ASSIGN", "SATISFIED: x"));
        assertEquals("called twice", TaskHistoryComments.comment(Locale.ENGLISH, "CALLBACK", "called twice"));
    }
}
