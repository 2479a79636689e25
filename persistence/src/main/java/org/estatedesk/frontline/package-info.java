/**
 * The front line's reads across the ledger (issue 20): the global search (owners by name, phone or the last digits
 * of the identity number; units by code; tasks, receipts and forms by number) and the owner's whole story (his
 * units and what happened about them). A read model at the top of the capability order: it reads the tables of
 * owners, estates, the service desk, billing, keys and the forms, each query within the caller's data scope in SQL,
 * and nobody depends on it.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R0.6</td><td>search and owner story within the caller's companies and estates, in SQL</td><td>{@link JpaFrontLineRepository}</td></tr>
 * <tr><td>R0.4</td><td>owner by the last four characters of the identity number (those the mask shows) or the whole number, never a part the mask hides</td><td>{@link FrontLineRepository#owners}</td></tr>
 * </table>
 */
package org.estatedesk.frontline;
