/**
 * The approval inbox page: {@code approvals/inbox.xhtml} and its backing bean.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R3.9</td><td>approve or reject with a comment, see the history</td><td>{@link InboxBacking}</td></tr>
 * </table>
 */
package org.estatedesk.approvals;
