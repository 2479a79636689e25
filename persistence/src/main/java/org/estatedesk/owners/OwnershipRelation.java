package org.estatedesk.owners;

/** How a person is tied to a unit. */
public enum OwnershipRelation {
    OWNER, OCCUPANT, TENANT
}
