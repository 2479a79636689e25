/**
 * The approval inbox page: {@code approvals/inbox.xhtml} and its backing bean.
 * <p>
 * REST resources (under {@code /api/v1}): {@link ApprovalResource} ({@code /approvals}).
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R3.9</td><td>approve or reject with a comment, see the history</td><td>{@link InboxBacking}</td></tr>
 * <tr><td>R3.9</td><td>filters by form type and estate, bulk approval (issue 20)</td><td>{@link InboxBacking}, {@link ApprovalResource}</td></tr>
 * <tr><td>R3.9</td><td>API: approval inbox</td><td>{@link ApprovalResource}</td></tr>
 * </table>
 */
package org.estatedesk.approvals;
