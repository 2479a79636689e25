/**
 * Handover and inspections (C2) on the web: REST resources (under {@code /api/v1}) {@link InspectionBatchResource}
 * ({@code /inspection-batches}: batches, defects recorded, clean units, the summary) and {@link DefectResource}
 * ({@code /defects}: the list and the steps), their JSON shapes in {@link DefectDto}.
 */
package org.estatedesk.handover;
