package org.estatedesk.api;

import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of an action that only needs the version the client read (optional: without it the action applies to
 * whatever is current); also taken from {@code If-Match}.
 */
@Schema(name = "VersionRequest", description = "The version of the record the client read, for optimistic locking")
public record VersionRequest(@PositiveOrZero Integer version) {
}
