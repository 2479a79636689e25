package org.estatedesk.surveys;

import java.util.Set;
import org.estatedesk.shared.ConflictException;

/**
 * A questionnaire's life (R6.3): DRAFT (questions may change) → PUBLISHED (questions frozen; surveys may be sent and
 * answered) → CLOSED (no more surveys, no more answers). Every allowed move is listed here.
 */
public enum QuestionnaireState {
    DRAFT, PUBLISHED, CLOSED;

    public Set<QuestionnaireState> next() {
        return switch (this) {
            case DRAFT -> Set.of(PUBLISHED);
            case PUBLISHED -> Set.of(CLOSED);
            case CLOSED -> Set.of();
        };
    }

    /** The state after a move to {@code target}; an illegal move is a conflict (409), never a silent no-op. */
    public QuestionnaireState to(QuestionnaireState target) {
        if (!next().contains(target)) {
            throw new ConflictException("error.questionnaire.transition", this, target);
        }
        return target;
    }
}
