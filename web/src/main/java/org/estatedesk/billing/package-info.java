/**
 * Billing pages ({@code billing/}): fee items and rates, meter readings with the reading sheet, the billing and
 * late-fee runs, the cashier's desk with receipts, contracts, dunning with its notice, and statements as Excel and
 * PDF.
 * <p>
 * REST resources (under {@code /api/v1}): {@link BillResource} ({@code /bills}), {@link BillingResource}
 * ({@code /billing/runs}), {@link ContractResource} ({@code /contracts}), {@link DepositResource} ({@code /deposits}),
 * {@link DunningResource} ({@code /dunning}), {@link FeeResource} ({@code /fee-items}), {@link LateFeeResource}
 * ({@code /billing/late-fee-runs}), {@link MeterReadingResource} ({@code /meter-readings}), {@link PaymentResource}
 * ({@code /payments}), {@link PrepaidResource} ({@code /billing/prepaid}), {@link StatementResource}
 * ({@code /billing/statements}), {@link UnitAccountResource} ({@code /units}).
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R4.1</td><td>fee items and rates, contracts</td><td>{@link FeesBacking}, {@link ContractsBacking}, {@link CashierBacking}</td></tr>
 * <tr><td>R4.2</td><td>meter readings and the reading sheet</td><td>{@link ReadingsBacking}, {@link ReadingSheet}</td></tr>
 * <tr><td>R4.3</td><td>billing runs: preview, start, restart</td><td>{@link BillingRunsBacking}</td></tr>
 * <tr><td>R4.4</td><td>payments, receipts, daily closing</td><td>{@link CashierBacking}, {@link ReceiptPdf}</td></tr>
 * <tr><td>R4.5</td><td>late-fee runs</td><td>{@link BillingRunsBacking}</td></tr>
 * <tr><td>R4.6</td><td>dunning list, steps and notice</td><td>{@link DunningBacking}, {@link DunningNoticePdf}</td></tr>
 * <tr><td>R4.7</td><td>statements, exports to Excel and PDF</td><td>{@link StatementsBacking}, {@link StatementTable}, {@link StatementPdf}</td></tr>
 * <tr><td>R4.8</td><td>prepaid balances at the desk</td><td>{@link CashierBacking}</td></tr>
 * <tr><td>R3.8</td><td>sealed meters on the reading sheet</td><td>{@link ReadingSheet}</td></tr>
 * <tr><td>R3.5</td><td>API: completion acceptance, deposit</td><td>{@link DepositResource}</td></tr>
 * <tr><td>R4.1</td><td>API: fee items, contracts, deposits</td><td>{@link FeeResource}, {@link ContractResource}, {@link DepositResource}</td></tr>
 * <tr><td>R4.2</td><td>API: meter readings</td><td>{@link MeterReadingResource}</td></tr>
 * <tr><td>R4.3</td><td>API: billing runs and bills</td><td>{@link BillingResource}, {@link BillResource}</td></tr>
 * <tr><td>R4.4</td><td>API: payments and receipts</td><td>{@link PaymentResource}, {@link UnitAccountResource}</td></tr>
 * <tr><td>R4.5</td><td>API: late-fee runs</td><td>{@link LateFeeResource}</td></tr>
 * <tr><td>R4.6</td><td>API: dunning</td><td>{@link DunningResource}</td></tr>
 * <tr><td>R4.7</td><td>API: statements</td><td>{@link StatementResource}</td></tr>
 * <tr><td>R4.8</td><td>API: prepaid balances</td><td>{@link PrepaidResource}</td></tr>
 * <tr><td>R4.4</td><td>the cashier's search by code, owner's name or phone; the amount owed prefilled (issue 20)</td><td>{@link CashierFinder}, {@link CashierBacking}</td></tr>
 * </table>
 */
package org.estatedesk.billing;
