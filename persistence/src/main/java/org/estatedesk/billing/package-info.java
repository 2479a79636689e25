/**
 * Fees, billing and collection (C4): fee items and their rates per estate and unit type, meter readings, the monthly
 * bills with their lines, payments allocated to the oldest open lines, deposits, prepaid accounts, dunning cases,
 * contracts and the billing runs' totals. Amounts are {@link java.math.BigDecimal} with two decimals
 * ({@link org.estatedesk.shared.Money}), never floating point.
 * <p>
 * Contracts (shop and garage rent, parking, multi-business spaces) bill their monthly amount as a line of their unit's
 * bill in the monthly run, so exactly-once per unit and period holds for them too. A parking space, advertising space
 * or stall that is not a unit is billed on a "space" unit made for it in the contract's estate (type PARKING or OTHER,
 * no building, the area given or 1 m², code = the space's code): its bills, payments, dunning and balance then work
 * like any unit's. A first or last partial month is prorated by days, half-up to the cent
 * ({@link BillCalculator.Charge}).
 * <p>
 * One repository per aggregate: {@link FeeRepository} (items, rates), {@link ReadingRepository} (meter readings),
 * {@link BillRepository} (bills, balances, open and overdue bills), {@link PaymentRepository} (payments, allocations,
 * receipt numbers), {@link DepositRepository}, {@link PrepaidRepository}, {@link BillingRunRepository} (the billing
 * job's units and a run's totals), {@link ContractRepository}, {@link DunningRepository} and
 * {@link StatementRepository}.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R4.1</td><td>fee items, rates, contracts, deposits</td><td>{@link FeeItem}, {@link FeeRate}, {@link FeeBasis}, {@link BillCalculator}, {@link Contract}, {@link Deposit}, {@link Bill#charge}</td></tr>
 * <tr><td>R4.2</td><td>meter readings, never below the previous one unless replaced</td><td>{@link MeterReading#record}, {@link MeterKind}</td></tr>
 * <tr><td>R4.3</td><td>one bill per unit and period, a run's totals</td><td>{@link Bill} (unique unit and period), {@link BillingRun}, {@link org.estatedesk.shared.Money#round}</td></tr>
 * <tr><td>R4.4</td><td>payments allocated oldest first, gapless receipt numbers, counter-entries, large collections</td><td>{@link OpenBills#allocate}, {@link OpenBills#accept}, {@link Bill#allocate}, {@link Payment#reverse}, {@link Payment#isLargeCollection}, {@link PaymentRepository#nextReceiptNumber}, {@link PaymentMethod}</td></tr>
 * <tr><td>R4.5</td><td>late fees on overdue balances, never on late fees</td><td>{@link Bill#accrueLateFee}, {@link Bill#accrueLateFees}, paid after every line: {@link OpenBills#allocate}</td></tr>
 * <tr><td>R4.6</td><td>dunning steps in order, stop of service and restore</td><td>{@link DunningCase#missingBefore}, {@link DunningCase#nextStep}, {@link DunningStep}, {@link DunningRepository}</td></tr>
 * <tr><td>R4.7</td><td>statements: income, arrears ageing, collection rate</td><td>{@link StatementRepository}</td></tr>
 * <tr><td>R4.8</td><td>prepaid balances and the low-balance warning</td><td>{@link PrepaidAccount#warnBelow}, {@link PrepaidEntry}, {@link PrepaidRepository#lowPrepaid}</td></tr>
 * <tr><td>R3.5</td><td>decoration deposit refunded minus fines and damages</td><td>{@link Deposit#settle}</td></tr>
 * <tr><td>R3.8</td><td>final hot-water reading of a sealing</td><td>{@link MeterReading}</td></tr>
 * </table>
 */
package org.estatedesk.billing;
