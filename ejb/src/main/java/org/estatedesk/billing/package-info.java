/**
 * Fees, billing and collection (C4): the fee catalogue and rates ({@link org.estatedesk.billing.FeeService}), meter
 * readings ({@link org.estatedesk.billing.MeterReadingService}), the monthly billing run (R4.3) as a batch job
 * ({@link org.estatedesk.billing.BillingRuns}: dry run, real run, restart, stop, cancel, comparison with the month
 * before; its job parameters {@link org.estatedesk.billing.BillingParameters}), late-fee runs (R4.5,
 * {@link org.estatedesk.billing.LateFeeRuns}, daily by {@link org.estatedesk.billing.LateFeeSchedule}), bills,
 * balances and payments at the cashier's desk ({@link org.estatedesk.billing.CashierService}), and rent, parking and
 * multi-business contracts ({@link org.estatedesk.billing.ContractService}). The jobs' artifacts are in the batch
 * module's package of the same name.
 */
package org.estatedesk.billing;
