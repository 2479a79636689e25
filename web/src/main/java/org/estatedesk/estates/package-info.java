/**
 * Estate pages ({@code estates/}): estates and buildings with unit generation, and the units list; the
 * shared-acceptance page ({@code organisation/sharing.xhtml}), which lists estates.
 * <p>
 * REST resources (under {@code /api/v1}): {@link EstateResource} ({@code /estates}), {@link UnitGenerationResource}
 * ({@code /unit-generation/runs}); their DTOs {@link BuildingDto}, {@link EstateDto}, {@link JobRunDto}.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R0.2</td><td>estates, buildings, units</td><td>{@link EstatesBacking}, {@link UnitsBacking}</td></tr>
 * <tr><td>R0.3</td><td>unit generation from a pattern</td><td>{@link EstatesBacking}</td></tr>
 * <tr><td>R0.2</td><td>API: estates, buildings, units</td><td>{@link EstateResource}</td></tr>
 * <tr><td>R0.3</td><td>API: unit generation</td><td>{@link UnitGenerationResource}</td></tr>
 * <tr><td>R0.7</td><td>shared acceptance</td><td>{@link SharingBacking}</td></tr>
 * <tr><td>R0.6</td><td>every estate selector remembers the user's choice (issue 20)</td><td>{@link EstateMemory}</td></tr>
 * </table>
 */
package org.estatedesk.estates;
