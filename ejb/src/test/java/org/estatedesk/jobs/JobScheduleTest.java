package org.estatedesk.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.ScheduleExpression;
import org.estatedesk.archives.ArchiveAuditSchedule;
import org.estatedesk.billing.LateFeeSchedule;
import org.estatedesk.statistics.StatisticsSchedule;
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

    @Test
    void theSchedulesOfTheJobs() {
        assertEquals(new JobSchedule("late-fees", "estatedesk.billing.lateFeeSchedule",
                "hour=3; minute=0; timezone=Asia/Shanghai"), new LateFeeSchedule().schedule());
        assertEquals(new JobSchedule("monthly-statistics", "estatedesk.statistics.schedule",
                "dayOfMonth=1; hour=4; minute=0; timezone=Asia/Shanghai"), new StatisticsSchedule().schedule());
        assertEquals(new JobSchedule("archive-audit", "estatedesk.archives.auditSchedule",
                "month=1,7; dayOfMonth=1; hour=2; minute=0; timezone=Asia/Shanghai"),
                new ArchiveAuditSchedule().schedule());
        for (ScheduledJob job : new ScheduledJob[] {new LateFeeSchedule(), new StatisticsSchedule(),
            new ArchiveAuditSchedule()}) {
            assertTrue(JobSchedule.parse(job.schedule().defaultCalendar()).isPresent(), job.schedule().job());
        }
    }
}
