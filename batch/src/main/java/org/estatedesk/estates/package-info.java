/**
 * The unit-generation job's artifacts (R0.3, for large estates): {@link org.estatedesk.estates.UnitSlotReader} hands
 * out the layout's slots ({@link org.estatedesk.estates.UnitSlot}) in a fixed order, {@link
 * org.estatedesk.estates.UnitWriter} creates them chunk by chunk; parameters in
 * {@link org.estatedesk.estates.UnitLayout} (ejb module, shared with the use case). Started by
 * {@link org.estatedesk.estates.UnitGenerationJobs} (ejb module).
 */
package org.estatedesk.estates;
