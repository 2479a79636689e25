package org.estatedesk.surveys;

import java.io.Serializable;
import java.util.List;

/** An answered invitation with its answers (the export and the invitation's page). */
public record AnswerSheet(SurveyInvitation invitation, List<SurveyAnswer> answers) implements Serializable {
    private static final long serialVersionUID = 1L;
}
