/**
 * The billing jobs' artifacts. {@code billing-run} (R4.3, exactly once per unit and period): units handed out by
 * {@link org.estatedesk.billing.BillingUnitReader}, billed by {@link org.estatedesk.billing.BillWriter}, partitioned
 * by unit-id range ({@link org.estatedesk.billing.BillingPartitionMapper}); parameters in
 * {@link org.estatedesk.billing.BillingParameters} (ejb module, shared with the use case). {@code late-fees} (R4.5,
 * never compounding): overdue bills ({@link org.estatedesk.billing.LateFeeBillReader}) charged by
 * {@link org.estatedesk.billing.LateFeeWriter}. Started by {@link org.estatedesk.billing.BillingRuns} and
 * {@link org.estatedesk.billing.LateFeeRuns} (ejb module).
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R4.3</td><td>monthly billing run: preview, exactly once per unit and period, restart</td><td>{@link BillingRuns#start}, {@link BillingRuns#restart}, {@link BillingPartitionMapper}, {@link BillingUnitReader}, {@link BillWriter}</td></tr>
 * <tr><td>R4.1</td><td>the bill's lines from fee items and contracts</td><td>{@link BillWriter}</td></tr>
 * <tr><td>R4.5</td><td>late fees computed by the batch</td><td>{@link LateFeeRuns}, {@link LateFeeSchedule}, {@link LateFeeWriter}</td></tr>
 * </table>
 */
package org.estatedesk.billing;
