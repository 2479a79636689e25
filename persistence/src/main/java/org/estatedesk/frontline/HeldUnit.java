package org.estatedesk.frontline;

import java.time.LocalDate;
import org.estatedesk.estates.Unit;
import org.estatedesk.owners.OwnershipRelation;

/** A unit an owner holds now (as owner, occupant or tenant), with its estate's name. */
public record HeldUnit(Unit unit, String estateName, OwnershipRelation relation, LocalDate since) {
}
