/**
 * The workbench: what waits for the user, as a to-do list ordered by due time ({@link WorkbenchService#toDo}: his
 * tasks, tasks to assign, callbacks, approvals), and an overview of counts that open the list behind them
 * ({@link WorkbenchService#counts}). Each capability adds its counts and its waiting records there.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R6.1</td><td>counts by state, all vs mine, overdue, waiting approvals</td><td>{@link WorkbenchService#counts}</td></tr>
 * <tr><td>R6.1</td><td>to-do list: what waits for me, soonest due first</td><td>{@link WorkbenchService#toDo}</td></tr>
 * </table>
 */
package org.estatedesk.workbench;
