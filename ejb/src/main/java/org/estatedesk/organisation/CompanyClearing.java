package org.estatedesk.organisation;

/**
 * A company's data is about to be cleared (R0.11), fired by {@link CompanyDataClearing} in its transaction before the
 * rows go. Observers tidy up what the schema scan cannot see, synchronously in that transaction (a failure rolls
 * the clearing back): the service desk drops the company's task counters, which are kept by delta
 * ({@code servicedesk.TaskCountClearing}).
 */
public record CompanyClearing(long companyId) {
}
