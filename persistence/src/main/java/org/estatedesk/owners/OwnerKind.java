package org.estatedesk.owners;

public enum OwnerKind {
    PERSON, ORGANISATION
}
