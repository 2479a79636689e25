/** The work log (R6.4): staff write their day, supervisors review a week ({@link org.estatedesk.worklog.WorkLogService}). */
package org.estatedesk.worklog;
