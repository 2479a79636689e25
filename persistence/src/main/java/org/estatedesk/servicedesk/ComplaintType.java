package org.estatedesk.servicedesk;

/**
 * An effective complaint (the company is at fault) against the communication complaints, which need an answer
 * rather than a fix (R1.2).
 */
public enum ComplaintType {
    EFFECTIVE, HELP_SEEKING, CONSULTATION, VENTING
}
