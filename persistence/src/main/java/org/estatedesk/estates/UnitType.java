package org.estatedesk.estates;

/** What a unit is used as (R0.2). */
public enum UnitType {
    RESIDENCE, SHOP, GARAGE, PARKING, OTHER
}
