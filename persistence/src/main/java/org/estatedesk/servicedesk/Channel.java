package org.estatedesk.servicedesk;

/** How a request reached the desk (R1.1). */
public enum Channel {
    PHONE, VISIT, EMAIL, WEB, HANDOVER
}
