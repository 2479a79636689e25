package org.estatedesk.billing;

/** What a contract lets (R4.1). */
public enum ContractKind {
    /** Shop or garage rent (商铺、车库租金). */
    RENT,
    /** A parking space (车位). */
    PARKING,
    /** Multi-business use of a space (多种经营): an advertising space, a stall, other. */
    MULTI_BUSINESS
}
