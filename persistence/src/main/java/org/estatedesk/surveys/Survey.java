package org.estatedesk.surveys;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.Versioned;

/**
 * A published questionnaire sent to the owners of one estate (R6.3): at most once per questionnaire and estate; its
 * invitations (one per owner and unit) are written set-based right after it, their count and the e-mails kept here.
 */
@Entity
@Table(name = "survey")
public class Survey implements Versioned {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "survey_seq")
    @SequenceGenerator(name = "survey_seq", sequenceName = "survey_seq", allocationSize = 50)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(name = "estate_id", nullable = false)
    private Long estateId;

    @Column(name = "questionnaire_id", nullable = false)
    private Long questionnaireId;

    @Column(nullable = false)
    private int invitations;

    @Column(nullable = false)
    private int emails;

    @Column(name = "sent_by", nullable = false)
    private String sentBy;

    @Column(name = "sent_at", nullable = false)
    private OffsetDateTime sentAt;

    @Version
    private int version;

    protected Survey() {
    }

    /** Sends a questionnaire to an estate of its own company; the questionnaire must be published. */
    public Survey(Questionnaire questionnaire, long estateId, long estateCompanyId, String by, OffsetDateTime at) {
        questionnaire.checkOpen();
        if (questionnaire.getCompanyId() != estateCompanyId) {
            throw new RuleViolationException("error.survey.otherCompany", "estateId");
        }
        this.companyId = questionnaire.getCompanyId();
        this.estateId = estateId;
        this.questionnaireId = questionnaire.getId();
        this.sentBy = by;
        this.sentAt = at;
    }

    /** The invitations written for it and the e-mails queued. */
    public void invited(int invitationCount, int emailCount) {
        this.invitations = invitationCount;
        this.emails = emailCount;
    }

    public Long getId() {
        return id;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public Long getEstateId() {
        return estateId;
    }

    public Long getQuestionnaireId() {
        return questionnaireId;
    }

    public int getInvitations() {
        return invitations;
    }

    public int getEmails() {
        return emails;
    }

    public String getSentBy() {
        return sentBy;
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
    }

    @Override
    public int getVersion() {
        return version;
    }
}
