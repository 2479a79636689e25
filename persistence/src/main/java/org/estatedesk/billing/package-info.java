/**
 * Fees, billing and collection (C4): fee items and their rates per estate and unit type, meter readings, the
 * monthly bills with their lines, payments allocated to the oldest open lines, and the billing runs' totals.
 * Amounts are {@link java.math.BigDecimal} with two decimals ({@link org.estatedesk.billing.Money}), never floating
 * point.
 */
package org.estatedesk.billing;
