/**
 * The work log (工作日志, R6.4): each staff user's daily entries ({@link org.estatedesk.worklog.WorkLog}, one per user
 * and day, editable by its author until the week is reviewed) and the supervisors' weekly reviews
 * ({@link org.estatedesk.worklog.WorkLogReview}); who reviews whom is {@link org.estatedesk.worklog.Supervision}.
 */
package org.estatedesk.worklog;
