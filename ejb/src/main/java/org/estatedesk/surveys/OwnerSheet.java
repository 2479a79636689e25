package org.estatedesk.surveys;

import java.io.Serializable;

/** What the owner's link shows: the questionnaire, the estate and unit, and whether it can still be answered. */
public record OwnerSheet(Questionnaire questionnaire, String estateName, String unitCode, String ownerName,
        boolean answered, boolean open) implements Serializable {
    private static final long serialVersionUID = 1L;
}
