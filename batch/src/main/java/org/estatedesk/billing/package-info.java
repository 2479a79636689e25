/**
 * The billing jobs' artifacts. {@code billing-run} (R4.3, exactly once per unit and period): units handed out by
 * {@link org.estatedesk.billing.BillingUnitReader}, billed by {@link org.estatedesk.billing.BillWriter}, partitioned
 * by unit-id range ({@link org.estatedesk.billing.BillingPartitionMapper}); parameters in
 * {@link org.estatedesk.billing.BillingParameters} (ejb module, shared with the use case). {@code late-fees} (R4.5,
 * never compounding): overdue bills ({@link org.estatedesk.billing.LateFeeBillReader}) charged by
 * {@link org.estatedesk.billing.LateFeeWriter}. Started by {@link org.estatedesk.billing.BillingRuns} and
 * {@link org.estatedesk.billing.LateFeeRuns} (ejb module).
 */
package org.estatedesk.billing;
