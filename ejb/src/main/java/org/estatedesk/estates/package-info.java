/**
 * Estate services (R0.2, R0.3): estates, buildings, unit generation from a pattern, the units list and export. Unit
 * generation for large estates runs as the batch job {@code unit-generation}: {@link
 * org.estatedesk.estates.UnitGenerationJobs} checks the request with the same rules and starts it, its parameters
 * {@link org.estatedesk.estates.UnitLayout}; the job's artifacts are in the batch module's package of the same name.
 * Estates answer the kernel's port {@code EstateVisibility} ({@link VisibleEstateIds}) and organisation's
 * {@code EstateCompanies} ({@link EstateCompaniesOfEstates}); the companies with estates, for schedules, are
 * {@link Companies}.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R0.2</td><td>estates, buildings, units</td><td>{@link EstateService#createEstate}, {@link EstateService#addBuilding}, {@link EstateService#units}</td></tr>
 * <tr><td>R0.3</td><td>unit generation from a pattern</td><td>{@link EstateService#generateUnits}, {@link UnitGeneration#validate}</td></tr>
 * <tr><td>R0.3</td><td>a whole estate's units generated as a batch job</td><td>{@link UnitGenerationJobs#start}</td></tr>
 * <tr><td>R0.6</td><td>the estate each user last chose, preselected on every page (issue 20)</td><td>{@link EstatePreferenceService}</td></tr>
 * </table>
 */
package org.estatedesk.estates;
