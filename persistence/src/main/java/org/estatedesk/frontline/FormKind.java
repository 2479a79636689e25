package org.estatedesk.frontline;

/**
 * The numbered forms the front line finds and lists for a unit, each with its entity, its number's field, the time
 * it was written and the prefix of its state names in the message bundles.
 */
public enum FormKind {
    DECORATION("DecorationApplication", "permitNumber", "submittedAt", "decoration"),
    VIOLATION("DecorationViolation", "noticeNumber", "foundAt", "violation"),
    PASS("Pass", "number", "issuedAt", "pass"),
    RELOCATION("Relocation", "slipNumber", "requestedAt", "relocation"),
    SEALING("HotWaterSealing", "agreementNumber", "agreedAt", "hotwater");

    private final String entity;
    private final String numberField;
    private final String timeField;
    private final String statePrefix;

    FormKind(String entity, String numberField, String timeField, String statePrefix) {
        this.entity = entity;
        this.numberField = numberField;
        this.timeField = timeField;
        this.statePrefix = statePrefix;
    }

    String entity() {
        return entity;
    }

    String numberField() {
        return numberField;
    }

    String timeField() {
        return timeField;
    }

    /** The message key of a state of this form ({@code decoration.state.APPROVED}). */
    public String stateKey(String state) {
        return statePrefix + ".state." + state;
    }
}
