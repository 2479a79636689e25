/**
 * The workbench: what needs the user's attention, as counts that open the list behind them. Each capability adds
 * its counts to {@link WorkbenchService}.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R6.1</td><td>counts by state, all vs mine, overdue, waiting approvals</td><td>{@link WorkbenchService#counts}</td></tr>
 * </table>
 */
package org.estatedesk.workbench;
