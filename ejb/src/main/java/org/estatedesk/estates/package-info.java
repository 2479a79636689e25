/**
 * Estate services (R0.2, R0.3): estates, buildings, unit generation from a pattern, the units list and export. Unit
 * generation for large estates runs as the batch job {@code unit-generation}: {@link
 * org.estatedesk.estates.UnitGenerationJobs} checks the request with the same rules and starts it, its parameters
 * {@link org.estatedesk.estates.UnitLayout}; the job's artifacts are in the batch module's package of the same name.
 */
package org.estatedesk.estates;
