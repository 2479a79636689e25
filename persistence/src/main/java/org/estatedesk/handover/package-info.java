/**
 * Handover and inspections (C2): inspection batches (takeover, mock inspection, the handover's joint inspection)
 * over units of an estate, each unit inspected clean or with defects, and the defects tracked to closure — routed
 * to the contractor whose warranty scope covers them (B2), due by severity, every step a hop.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R2.1</td><td>mock inspection unit by unit: room, category, description, severity; clean units</td><td>{@link InspectionBatch}, {@link InspectedUnit#clean}, {@link Defect}, {@link Room}, {@link Severity}</td></tr>
 * <tr><td>B2</td><td>defects routed by category and building to the contractor in warranty, else engineering</td><td>{@link DefectRouting#contractor}</td></tr>
 * <tr><td>B2</td><td>states, rejection back to rectifying, cancel, every hop recorded; due date per severity, overdue</td><td>{@link DefectState#after}, {@link Defect#act}, {@link DefectHop}, {@link DefectRouting#dueDate}, {@link Defect#isOverdue}</td></tr>
 * <tr><td>R2.1</td><td>a batch's summary: units, inspected, with defects, open, overdue, closed rate, per contractor and category</td><td>{@link InspectionRepository#summary}</td></tr>
 * </table>
 */
package org.estatedesk.handover;
