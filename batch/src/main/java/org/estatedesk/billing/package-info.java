/**
 * The billing jobs: the monthly billing run and the late-fee run. {@link BillingRuns} and {@link LateFeeRuns}
 * start, follow and restart them through the shared job-run mechanism ({@link org.estatedesk.jobs.JobRunService}),
 * the late fees also on their schedule ({@link LateFeeSchedule}); the job artifacts read units or overdue bills in
 * partitions and chunks and write bills and late fees, exactly once per unit and period by the data's unique keys.
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
