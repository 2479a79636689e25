package org.estatedesk.billing;

/** How a fee item's quantity is measured (R4.1): monthly by area, flat or meter, or once by amount. */
public enum FeeBasis {
    /** The unit's building area in m² × the monthly rate per m² (物业服务费). */
    AREA,
    /** A fixed amount per unit and month (parking, collected-on-behalf flat fees, rent by contract). */
    FIXED,
    /** The meter's consumption in the period × the price (热水). */
    METERED,
    /** Charged once by amount, by a form or by hand (装修管理费, 违章罚款, 损坏赔偿 …): never in the monthly run. */
    ONE_OFF
}
