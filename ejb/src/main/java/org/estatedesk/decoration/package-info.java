/**
 * Decoration use cases (C3, R3.1, R3.2): applications at the front desk, their approvals as chains of the form type
 * {@code DECORATION} ({@link org.estatedesk.decoration.DecorationApprovalForm} plugs them into
 * {@link org.estatedesk.approvals}), resubmission of a changed plan, and the permit with its fees
 * ({@link org.estatedesk.decoration.DecorationCharges}, a hook billing has yet to fill).
 */
package org.estatedesk.decoration;
