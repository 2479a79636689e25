package org.estatedesk.frontline;

/**
 * One record the global search found: its type, its id, the number or name it was found by, a second line
 * ({@code detail}), the message key of its state if it has one, and where it lives (estate, unit).
 */
public record SearchHit(Type type, FormKind form, long id, String title, String detail, String stateKey,
        Long estateId, Long unitId) {
    public enum Type { OWNER, UNIT, TASK, RECEIPT, FORM }
}
