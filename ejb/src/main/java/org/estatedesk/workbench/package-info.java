/**
 * The workbench (R6.1): what needs the user's attention, as counts that open the list behind them. Each capability
 * adds its counts to {@link org.estatedesk.workbench.WorkbenchService}.
 */
package org.estatedesk.workbench;
