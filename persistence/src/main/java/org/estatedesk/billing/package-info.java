/**
 * Fees, billing and collection (C4): fee items and their rates per estate and unit type, meter readings, the
 * monthly bills with their lines, payments allocated to the oldest open lines, and the billing runs' totals.
 * Amounts are {@link java.math.BigDecimal} with two decimals ({@link org.estatedesk.billing.Money}), never floating
 * point. Dunning (R4.6) follows its procedure's order ({@link org.estatedesk.billing.DunningCase#missingBefore}) unless
 * a manager overrides it; a large collection (R4.4, {@link org.estatedesk.billing.Payment#isLargeCollection}) is
 * reported the same day.
 * <p>
 * Contracts (R4.1: shop and garage rent, parking, multi-business spaces) bill their monthly amount as a line of their
 * unit's bill in the monthly run, so exactly-once per unit and period (R4.3) holds for them too. A parking space,
 * advertising space or stall that is not a unit is billed on a "space" unit made for it in the contract's estate
 * (type PARKING or OTHER, no building, the area given or 1 m², code = the space's code): its bills, payments,
 * dunning and balance then work like any unit's. A first or last partial month is prorated by days, half-up to the
 * cent ({@link org.estatedesk.billing.BillCalculator.Charge}).
 */
package org.estatedesk.billing;
