package org.estatedesk.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.ScheduleExpression;
import org.junit.jupiter.api.Test;

class JobScheduleTest {
    @Test
    void twiceAYearInChina() {
        ScheduleExpression e = JobSchedule.parse("month=1,7; dayOfMonth=1; hour=2; minute=0; timezone=Asia/Shanghai")
                .orElseThrow();
        assertEquals("1,7", e.getMonth());
        assertEquals("1", e.getDayOfMonth());
        assertEquals("2", e.getHour());
        assertEquals("0", e.getMinute());
        assertEquals("0", e.getSecond());
        assertEquals("*", e.getDayOfWeek());
        assertEquals("Asia/Shanghai", e.getTimezone());
    }

    @Test
    void offOrBlankIsNoSchedule() {
        assertTrue(JobSchedule.parse("off").isEmpty());
        assertTrue(JobSchedule.parse(" ").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> JobSchedule.parse("weekly"));
        assertThrows(IllegalArgumentException.class, () -> JobSchedule.parse("fortnight=2"));
    }
}
