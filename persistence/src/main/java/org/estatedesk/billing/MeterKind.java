package org.estatedesk.billing;

/** The meters read per unit and period (R4.2). */
public enum MeterKind {
    HOT_WATER, COLD_WATER, ELECTRICITY
}
