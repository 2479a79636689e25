/**
 * The front line (issue 20): the global search box and the owner's whole story, the front desk's 360° view of an
 * owner. At the top of the capability order (it reads owners, estates, the service desk, billing, keys and the
 * forms; nobody depends on it), beside {@code workbench}.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R0.6</td><td>search within the caller's data scope: owners, units, tasks, receipts, forms</td><td>{@link SearchService#search}</td></tr>
 * <tr><td>R0.4</td><td>an owner's units, tasks, bills and balance, keys and forms; identity number masked</td><td>{@link OwnerOverviewService#overview}</td></tr>
 * </table>
 */
package org.estatedesk.frontline;
