/**
 * The key register's page: {@code keys/register.xhtml} and its backing bean.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R5.1</td><td>key register and loans</td><td>{@link RegisterBacking}</td></tr>
 * </table>
 */
package org.estatedesk.keys;
