/**
 * Decoration use cases (C3): applications at the front desk, their approvals as chains of the form type
 * {@code DECORATION} ({@link DecorationApprovalForm} plugs them into {@link org.estatedesk.approvals}),
 * resubmission of a changed plan, the permit with its fees, patrols, violations with notice, fine and stop of
 * service (form type {@code DECORATION_STOP}), and the completion acceptance with the deposit's settlement.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R3.1</td><td>application, approvals, agreement, fees, permit</td><td>{@link DecorationService#apply}, {@link DecorationService#resubmit}, {@link DecorationService#issuePermit}, {@link DecorationApprovalForm}, {@link DecorationPermit}</td></tr>
 * <tr><td>R3.2</td><td>alterations needing engineering verification routed to engineering</td><td>{@link DecorationService#apply}</td></tr>
 * <tr><td>R3.3</td><td>decoration patrol with the checklist</td><td>{@link ViolationService#patrol}</td></tr>
 * <tr><td>R3.4</td><td>violation: report, notice, fine, stop of service, rectified</td><td>{@link ViolationService#report}, {@link ViolationService#issueNotice}, {@link ViolationService#fine}, {@link ViolationService#requestStop}, {@link DecorationStopApprovalForm}</td></tr>
 * <tr><td>R3.5</td><td>completion acceptance, deposit refunded minus fines and damages</td><td>{@link DecorationService#inspectCompletion}, {@link DecorationService#settleDeposit}</td></tr>
 * <tr><td>R4.1</td><td>decoration management fee and deposit</td><td>{@link DecorationService#chargeFees}</td></tr>
 * <tr><td>R6.2</td><td>violation rate per estate</td><td>{@link ViolationService#rates}</td></tr>
 * </table>
 */
package org.estatedesk.decoration;
