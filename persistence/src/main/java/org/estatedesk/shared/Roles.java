package org.estatedesk.shared;

import java.util.List;

/**
 * The roles of R0.5, as constants for {@code @RolesAllowed}. Groups of the same name come from the identity
 * store; the EAR's binding maps each role to its group.
 */
public final class Roles {
    public static final String ADMIN = "ADMIN";
    public static final String CS_MANAGER = "CS_MANAGER";
    public static final String CS_SUPERVISOR = "CS_SUPERVISOR";
    public static final String FRONT_DESK = "FRONT_DESK";
    public static final String CS_ASSISTANT = "CS_ASSISTANT";
    public static final String SHOP_ADMIN = "SHOP_ADMIN";
    public static final String ENGINEERING_MANAGER = "ENGINEERING_MANAGER";
    public static final String ENGINEERING_SUPERVISOR = "ENGINEERING_SUPERVISOR";
    public static final String TECHNICIAN = "TECHNICIAN";
    public static final String SECURITY_MANAGER = "SECURITY_MANAGER";
    public static final String ENVIRONMENT_MANAGER = "ENVIRONMENT_MANAGER";
    public static final String FINANCE = "FINANCE";
    public static final String ARCHIVE_KEEPER = "ARCHIVE_KEEPER";
    public static final String AUDITOR = "AUDITOR";
    /** Inspects units in inspection batches: records defects and clean units, accepts or rejects rectifications (C2). */
    public static final String INSPECTOR = "INSPECTOR";
    /** A contractor's own user (a site foreman), tied to one contractor: sees and works only its defects (B2). */
    public static final String CONTRACTOR = "CONTRACTOR";
    /** Every logged-in user holds this role besides his own; methods open to all staff ask for it. */
    public static final String STAFF = "STAFF";

    public static final List<String> ALL = List.of(ADMIN, CS_MANAGER, CS_SUPERVISOR, FRONT_DESK, CS_ASSISTANT,
            SHOP_ADMIN, ENGINEERING_MANAGER, ENGINEERING_SUPERVISOR, TECHNICIAN, SECURITY_MANAGER,
            ENVIRONMENT_MANAGER, FINANCE, ARCHIVE_KEEPER, AUDITOR, INSPECTOR, CONTRACTOR);

    private Roles() {
    }
}
