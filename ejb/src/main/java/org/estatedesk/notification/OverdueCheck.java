package org.estatedesk.notification;

import java.time.OffsetDateTime;

/** The timer's regular question to every capability: what has become late by now? */
public record OverdueCheck(OffsetDateTime now) {
}
