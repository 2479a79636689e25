package org.estatedesk.servicedesk;

/** How the owner gave his answer to a quote (R1.2), recorded by the staff member who took it. */
public enum QuoteConsent {
    /** He signed the quote (on paper or on the technician's phone). */
    SIGNATURE,
    /** He answered on the phone; the desk or the technician recorded it. */
    PHONE,
    /** He answered in person at the desk or at the door. */
    IN_PERSON
}
