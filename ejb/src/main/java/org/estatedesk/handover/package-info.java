/**
 * Handover and inspections (C2) as use cases: managers open inspection batches, inspectors record defects and clean
 * units and accept or reject rectifications, engineering or the contractor's own user rectifies; a contractor's
 * user sees only his contractor's defects (B2). {@link InspectionService} holds the batches, {@link DefectService}
 * the defects' steps and list.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R2.1</td><td>mock inspection: batches over units or buildings, defects, clean units</td><td>{@link InspectionService#create}, {@link InspectionService#record}, {@link InspectionService#clean}</td></tr>
 * <tr><td>B2</td><td>routing to the contractor in warranty, due days per severity, the steps by role</td><td>{@link InspectionService#record}, {@link DefectService#act}</td></tr>
 * <tr><td>R2.1</td><td>a batch's summary</td><td>{@link InspectionService#summary}</td></tr>
 * </table>
 */
package org.estatedesk.handover;
