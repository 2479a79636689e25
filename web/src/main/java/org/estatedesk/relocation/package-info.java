/**
 * The move-out page: {@code relocation/relocations.xhtml}.
 * <p>
 * REST resources (under {@code /api/v1}): {@link RelocationResource} ({@code /relocations}).
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R3.7</td><td>move-out applications, release slip, move</td><td>{@link RelocationsBacking}</td></tr>
 * <tr><td>R3.7</td><td>API: move-out</td><td>{@link RelocationResource}</td></tr>
 * </table>
 */
package org.estatedesk.relocation;
