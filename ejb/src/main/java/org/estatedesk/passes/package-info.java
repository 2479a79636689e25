/**
 * Pass use cases: {@link PassService} issues worker access passes (only within a decoration permit in force),
 * temporary passes, hot-work permits and goods release slips with their copies, takes passes back and refunds
 * their deposits, and lists what a unit still has outstanding before a move-out.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R3.6</td><td>passes: issue, copies, validity, return and deposit refund</td><td>{@link PassService#issue}, {@link PassService#attach}, {@link PassService#giveBack}</td></tr>
 * <tr><td>R3.7</td><td>no open passes before a move-out</td><td>{@link PassService#outstanding}</td></tr>
 * </table>
 */
package org.estatedesk.passes;
