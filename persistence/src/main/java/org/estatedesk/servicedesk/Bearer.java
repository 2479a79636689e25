package org.estatedesk.servicedesk;

/** Who bears a compensation (R1.13): the property company, the contractor (R1.14), or the developer. */
public enum Bearer {
    COMPANY, CONTRACTOR, DEVELOPER
}
