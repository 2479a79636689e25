package org.estatedesk.handover;

import java.util.List;

/** A batch to open: its estate, kind, name and units — given one by one or as whole buildings. */
public record NewBatch(Long estateId, InspectionKind kind, String name, List<Long> unitIds, List<Long> buildingIds) {
}
