package org.estatedesk.owners;

/** Identity documents accepted in the ledger. */
public enum IdType {
    /** Mainland resident identity card: 18 characters with a checksum. */
    ID_CARD,
    PASSPORT,
    /** Hong Kong, Macao or Taiwan travel permit. */
    TRAVEL_PERMIT,
    /** Unified social credit code of an organisation. */
    BUSINESS_LICENCE
}
