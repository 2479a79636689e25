package org.estatedesk.servicedesk;

import java.util.List;
import org.estatedesk.estates.Unit;
import org.estatedesk.owners.Owner;

/**
 * The screen-pop for a caller's number (R1.1): the owners with that phone, their units, their open tasks and their
 * recent reception records. Fee arrears join when billing (C4) lands.
 */
public record CallerCard(String phone, List<Owner> owners, List<Unit> units, List<Task> openTasks,
        List<Reception> recentReceptions) {
}
