/**
 * Decoration (C3): the owner's decoration application and permit with its alterations, its state machine
 * ({@link DecorationState}), its history, and the due time of the decision in working days; the permit only once
 * its fee is paid and its deposit taken; decoration patrols against the A–Z checklist, violations with their
 * rectification, fine and stop of service, and the completion acceptance that settles the deposit. The approvals
 * themselves run in {@link org.estatedesk.approvals} under the form type {@code DECORATION}. Applications and
 * violations are {@link org.estatedesk.shared.UnitForm}s (the unit they are about), a violation's stop decision a
 * {@link org.estatedesk.shared.FormDecision}; documents and history lines use the kernel's
 * {@link org.estatedesk.shared.FormAttachment} and {@link org.estatedesk.shared.HistoryEntry}.
 *
 * <table>
 * <caption>DOMAIN.md rules held here (docs/DOMAIN.md)</caption>
 * <tr><th>Rule</th><th>What</th><th>Where</th></tr>
 * <tr><td>R3.1</td><td>application, approval route, fees, permit</td><td>{@link DecorationApplication#approvalPlan}, {@link DecorationApplication#chargeFees}, {@link DecorationApplication#issuePermit}, {@link DecorationState}, {@link DecorationEvent}</td></tr>
 * <tr><td>R3.2</td><td>alterations that need engineering verification</td><td>{@link Alteration#needsVerification}, {@link DecorationApplication#approvalPlan}</td></tr>
 * <tr><td>R3.3</td><td>patrol checklist A–Z</td><td>{@link PatrolItem}, {@link DecorationPatrol}</td></tr>
 * <tr><td>R3.4</td><td>violation: notice, deadline, fine, stop of service, restore</td><td>{@link DecorationViolation#report}, {@link DecorationViolation#issueNotice}, {@link DecorationViolation#fine}, {@link DecorationViolation#requestStop}, {@link DecorationViolation#decideStop}, {@link ViolationRepository}</td></tr>
 * <tr><td>R3.5</td><td>completion acceptance, deposit refunded minus fines and damages</td><td>{@link DecorationApplication#inspectCompletion}, {@link DecorationApplication#depositSettled}</td></tr>
 * <tr><td>R3.6</td><td>a worker pass only within a permit in force</td><td>{@link DecorationApplication#permitForWorkerPass}</td></tr>
 * </table>
 */
package org.estatedesk.decoration;
