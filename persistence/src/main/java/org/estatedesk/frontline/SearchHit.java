package org.estatedesk.frontline;

/**
 * One record the global search found: its type, its id, the number or name it was found by, a second line
 * ({@code detail}) and where it lives (estate, unit).
 */
public record SearchHit(Type type, FormKind form, long id, String title, String detail, Long estateId, Long unitId) {
    public enum Type { OWNER, UNIT, TASK, RECEIPT, FORM }
}
