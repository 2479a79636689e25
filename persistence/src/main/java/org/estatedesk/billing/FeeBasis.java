package org.estatedesk.billing;

/** How a fee item's monthly quantity is measured (R4.1). */
public enum FeeBasis {
    /** The unit's building area in m² × the monthly rate per m² (物业服务费). */
    AREA,
    /** A fixed amount per unit and month (parking, collected-on-behalf flat fees, rent by contract). */
    FIXED,
    /** The meter's consumption in the period × the price (热水). */
    METERED
}
