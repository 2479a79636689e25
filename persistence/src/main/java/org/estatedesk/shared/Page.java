package org.estatedesk.shared;

import java.util.List;

/** One page of a list and the total number of rows that match. */
public record Page<T>(List<T> items, long total) {
}
