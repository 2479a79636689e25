package org.estatedesk.servicedesk;

/** The "five clear" facts of a call, visit or message (R1.1). */
public record ReceptionRequest(Long estateId, Long unitId, String location, Channel channel, String callerName,
        String callerPhone, String description) {
}
