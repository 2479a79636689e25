/**
 * Decoration pages: the list with the front desk's new application ({@code decoration/applications.xhtml}), one
 * application with its approvals, history, resubmission, permit, patrols and acceptance
 * ({@code decoration/application.xhtml}), violations, and the agreement, permit and violation notice as PDF.
 * <p>
 * REST resources (under {@code /api/v1}): {@link DecorationResource} ({@code /decoration-applications}),
 * {@link ViolationResource} ({@code /decoration-violations}).
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R3.1</td><td>application, permit, agreement</td><td>{@link ApplicationsBacking}, {@link ApplicationBacking}, {@link DecorationPermitPdf}, {@link DecorationAgreementPdf}</td></tr>
 * <tr><td>R3.2</td><td>alterations chosen on the application</td><td>{@link ApplicationsBacking}</td></tr>
 * <tr><td>R3.3</td><td>patrol checklist</td><td>{@link ApplicationBacking}</td></tr>
 * <tr><td>R3.4</td><td>violations and their notice</td><td>{@link ViolationsBacking}, {@link ViolationNoticePdf}</td></tr>
 * <tr><td>R3.5</td><td>completion acceptance</td><td>{@link ApplicationBacking}</td></tr>
 * <tr><td>R3.1</td><td>API: decoration applications and permits</td><td>{@link DecorationResource}</td></tr>
 * <tr><td>R3.2</td><td>API: alterations</td><td>{@link DecorationResource}</td></tr>
 * <tr><td>R3.3</td><td>API: decoration patrols</td><td>{@link DecorationResource}, {@link ViolationResource}</td></tr>
 * <tr><td>R3.4</td><td>API: violations</td><td>{@link ViolationResource}</td></tr>
 * <tr><td>R3.5</td><td>API: completion acceptance, deposit</td><td>{@link DecorationResource}</td></tr>
 * </table>
 */
package org.estatedesk.decoration;
