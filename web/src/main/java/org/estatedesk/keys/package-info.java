/**
 * The key register's page: {@code keys/register.xhtml} and its backing bean.
 * <p>
 * REST resources (under {@code /api/v1}): {@link KeyLoanResource} ({@code /key-loans}), {@link KeyResource}
 * ({@code /keys}).
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R5.1</td><td>key register and loans</td><td>{@link RegisterBacking}</td></tr>
 * <tr><td>R5.1</td><td>API: keys and loans</td><td>{@link KeyResource}, {@link KeyLoanResource}</td></tr>
 * </table>
 */
package org.estatedesk.keys;
