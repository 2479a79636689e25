/**
 * Decoration (C3): the owner's decoration application and permit (R3.1) with R3.2's alterations that need
 * engineering verification, its state machine ({@link org.estatedesk.decoration.DecorationState}), its history, and
 * the due time of the decision in working days; the permit only once its fee is paid and its deposit taken, and a
 * worker pass (R3.6) only within a permit in force ({@link org.estatedesk.decoration.DecorationApplication#permitForWorkerPass}). The approvals themselves run in
 * {@link org.estatedesk.approvals} under the form type {@code DECORATION}. Patrols, violations and acceptance
 * (R3.3–R3.5) are still to come.
 */
package org.estatedesk.decoration;
