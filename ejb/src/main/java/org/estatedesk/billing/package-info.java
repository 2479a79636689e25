/**
 * Fees, billing and collection (C4): the fee catalogue and rates ({@link org.estatedesk.billing.FeeService}), meter
 * readings ({@link org.estatedesk.billing.MeterReadingService}), the monthly billing run as a batch job
 * ({@link org.estatedesk.billing.BillingRuns}), and bills, balances and payments at the cashier's desk
 * ({@link org.estatedesk.billing.CashierService}), and rent, parking and multi-business contracts
 * ({@link org.estatedesk.billing.ContractService}).
 */
package org.estatedesk.billing;
