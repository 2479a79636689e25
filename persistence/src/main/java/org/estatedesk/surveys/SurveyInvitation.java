package org.estatedesk.surveys;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.estatedesk.shared.ConflictException;
import org.estatedesk.shared.Versioned;

/**
 * One owner's invitation for one unit (R6.3), written by the survey's insert-select with an unguessable token. It
 * is answered once: online by the owner through the token, or by staff on his behalf after a call or a visit.
 */
@Entity
@Table(name = "survey_invitation")
public class SurveyInvitation implements Versioned {
    public enum State {
        PENDING, ANSWERED
    }

    /** How the answers came in. */
    public enum Channel {
        ONLINE, PHONE, VISIT
    }

    @Id
    private Long id;

    @Column(name = "survey_id", nullable = false)
    private Long surveyId;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(name = "estate_id", nullable = false)
    private Long estateId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "unit_code", nullable = false)
    private String unitCode;

    @Column(name = "owner_id", nullable = false)
    private Long ownerId;

    @Column(name = "owner_name", nullable = false)
    private String ownerName;

    private String email;

    @Column(nullable = false)
    private String token;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    @Version
    private int version;

    protected SurveyInvitation() {
    }

    /** For tests: an invitation as the insert-select writes it. */
    public SurveyInvitation(long id, long surveyId, long companyId, long estateId, long unitId, String unitCode,
            long ownerId, String ownerName, String email, String token) {
        this.id = id;
        this.surveyId = surveyId;
        this.companyId = companyId;
        this.estateId = estateId;
        this.unitId = unitId;
        this.unitCode = unitCode;
        this.ownerId = ownerId;
        this.ownerName = ownerName;
        this.email = email;
        this.token = token;
        this.state = State.PENDING;
    }

    /**
     * Records that it was answered: once only (a second use of the token, or staff entering answers already
     * given, is a conflict). {@code by} is the staff member for PHONE and VISIT, null for the owner online.
     */
    public void answered(Channel how, String by, OffsetDateTime at) {
        checkPending();
        if (how == null) {
            throw new org.estatedesk.shared.RuleViolationException("error.required", "channel");
        }
        if (how != Channel.ONLINE && (by == null || by.isBlank())) {
            throw new org.estatedesk.shared.RuleViolationException("error.required", "answeredBy");
        }
        state = State.ANSWERED;
        channel = how;
        answeredBy = how == Channel.ONLINE ? null : by;
        answeredAt = at;
    }

    /** Refuses anything further once answered: the token and the invitation are good for one answer sheet. */
    public void checkPending() {
        if (state != State.PENDING) {
            throw new ConflictException("error.survey.alreadyAnswered", unitCode, ownerName);
        }
    }

    public Long getId() {
        return id;
    }

    public Long getSurveyId() {
        return surveyId;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public Long getEstateId() {
        return estateId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public String getEmail() {
        return email;
    }

    public String getToken() {
        return token;
    }

    public State getState() {
        return state;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public OffsetDateTime getAnsweredAt() {
        return answeredAt;
    }

    @Override
    public int getVersion() {
        return version;
    }
}
