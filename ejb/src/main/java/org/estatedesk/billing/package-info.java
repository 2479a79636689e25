/**
 * Fees, billing and collection (C4), the use cases: the fee catalogue and rates, meter readings, bills, balances
 * and payments at the cashier's desk, deposits and prepaid accounts, rent, parking and multi-business contracts,
 * dunning with the stop of service, charges raised by other capabilities, and statements. The monthly billing run
 * and the late fees run as batch jobs (batch module's {@code org.estatedesk.billing}).
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R4.1</td><td>fee items and rates, contracts, deposits, charges</td><td>{@link FeeService}, {@link ContractService}, {@link ChargeService}, {@link CashierService#takeDeposit}</td></tr>
 * <tr><td>R4.2</td><td>meter readings recorded and imported</td><td>{@link MeterReadingService#record}, {@link MeterReadingService#importSheet}</td></tr>
 * <tr><td>R4.4</td><td>payments, receipts, reversal by counter-entry, daily closing, large collections</td><td>{@link CashierService#pay}, {@link CashierService#reverse}, {@link CashierService#closing}, {@link ReceiptDocument}</td></tr>
 * <tr><td>R4.5</td><td>late fees paid with their bill</td><td>{@link CashierService#pay}</td></tr>
 * <tr><td>R4.6</td><td>dunning steps, notice, stop of service after approval</td><td>{@link DunningService#record}, {@link DunningService#requestStop}, {@link DunningNotice}, {@link StopServiceApprovalForm}</td></tr>
 * <tr><td>R4.7</td><td>statements: income, ageing, collection rate</td><td>{@link StatementService#income}, {@link StatementService#ageing}, {@link StatementService#collection}</td></tr>
 * <tr><td>R4.8</td><td>prepaid deposit, deduction, low balances</td><td>{@link CashierService#deposit}, {@link CashierService#deduct}, {@link CashierService#lowPrepaid}</td></tr>
 * <tr><td>R1.2</td><td>a paid special service charged on the unit's bill</td><td>{@link ChargeService#charge}</td></tr>
 * <tr><td>R3.5</td><td>decoration deposit settled</td><td>{@link CashierService#settleDeposit}</td></tr>
 * <tr><td>R3.8</td><td>final hot-water reading and sealed meters</td><td>{@link MeterReadingService#record}</td></tr>
 * <tr><td>R3.9</td><td>the stop-of-service decision once</td><td>{@link DunningService#decideStop}</td></tr>
 * </table>
 */
package org.estatedesk.billing;
