/**
 * Fees, billing and collection (C4): the fee catalogue and rates ({@link org.estatedesk.billing.FeeService}), meter
 * readings ({@link org.estatedesk.billing.MeterReadingService}), the monthly billing run (R4.3) as a batch job
 * ({@link org.estatedesk.billing.BillingRuns}: dry run, real run, restart, stop, cancel, comparison with the month
 * before; its job parameters {@link org.estatedesk.billing.BillingParameters}), late-fee runs (R4.5,
 * {@link org.estatedesk.billing.LateFeeRuns}, daily by {@link org.estatedesk.billing.LateFeeSchedule}), bills,
 * balances and payments at the cashier's desk ({@link org.estatedesk.billing.CashierService}; prepaid balances in
 * {@link org.estatedesk.billing.PrepaidService}, deposits in {@link org.estatedesk.billing.DepositService}, what they share
 * in {@link org.estatedesk.billing.Cashbook}), and rent, parking and
 * multi-business contracts ({@link org.estatedesk.billing.ContractService}). The jobs' artifacts are in the batch
 * module's package of the same name. Billing is built on the service desk (it charges completed special services,
 * {@link SpecialServiceCharges}, and answers the desk's {@code UnitBalances}, {@link UnitBalancesOfBills}); hot water
 * is built on billing and answers its port {@link SealedMeters}.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R4.1</td><td>fee items and rates, contracts, deposits, charges</td><td>{@link FeeService}, {@link ContractService}, {@link ChargeService}, {@link DepositService#takeDeposit}</td></tr>
 * <tr><td>R4.2</td><td>meter readings recorded and imported</td><td>{@link MeterReadingService#record}, {@link MeterReadingService#importSheet}</td></tr>
 * <tr><td>R4.4</td><td>payments, receipts, reversal by counter-entry, daily closing, large collections</td><td>{@link CashierService#pay}, {@link CashierService#reverse}, {@link CashierService#closing}, {@link ReceiptDocument}</td></tr>
 * <tr><td>R4.5</td><td>late fees paid with their bill</td><td>{@link CashierService#pay}</td></tr>
 * <tr><td>R4.6</td><td>dunning steps, notice, stop of service after approval</td><td>{@link DunningService#record}, {@link StopServiceRequests#requestStop}, {@link DunningNotices#notice}, {@link StopServiceApprovalForm}</td></tr>
 * <tr><td>R4.7</td><td>statements: income, ageing, collection rate</td><td>{@link StatementService#income}, {@link StatementService#ageing}, {@link StatementService#collection}</td></tr>
 * <tr><td>R4.8</td><td>prepaid deposit, deduction, low balances</td><td>{@link PrepaidService#deposit}, {@link PrepaidService#deduct}, {@link PrepaidService#lowPrepaid}</td></tr>
 * <tr><td>R1.2</td><td>a paid special service charged on the unit's bill</td><td>{@link ChargeService#charge}, on the service desk's {@code TaskCompleted}: {@link SpecialServiceCharges#charge}</td></tr>
 * <tr><td>R3.5</td><td>decoration deposit settled</td><td>{@link DepositService#settleDeposit}</td></tr>
 * <tr><td>R3.8</td><td>final hot-water reading and sealed meters</td><td>{@link MeterReadingService#record}, the port {@link SealedMeters} (answered by hot water)</td></tr>
 * <tr><td>R3.9</td><td>the stop-of-service decision once</td><td>{@link StopServiceRequests#decideStop}</td></tr>
 * <tr><td>R4.3</td><td>monthly billing run: preview, exactly once per unit and period, restart</td><td>{@link BillingRuns#start}, {@link BillingRuns#restart}</td></tr>
 * <tr><td>R4.5</td><td>late fees computed daily by the batch</td><td>{@link LateFeeRuns}, {@link LateFeeSchedule}</td></tr>
 * <tr><td>R4.4</td><td>the cashier finds a unit by code, owner's name or phone, with what it owes (issue 20)</td><td>{@link CashierSearch}</td></tr>
 * <tr><td>R4.3</td><td>the meter readings a run's period misses (issue 20)</td><td>{@link MissingReadings}</td></tr>
 * </table>
 */
package org.estatedesk.billing;
