/** Pages of the work log (R6.4): one's week, and the supervisor's team week with the review. */
package org.estatedesk.worklog;
