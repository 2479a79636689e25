/**
 * The passes page: {@code passes/passes.xhtml}.
 * <p>
 * REST resources (under {@code /api/v1}): {@link PassResource} ({@code /passes}).
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R3.6</td><td>passes, hot-work permits, release slips</td><td>{@link PassesBacking}</td></tr>
 * <tr><td>R3.6</td><td>API: passes</td><td>{@link PassResource}</td></tr>
 * </table>
 */
package org.estatedesk.passes;
