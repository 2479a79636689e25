package org.estatedesk.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.estatedesk.shared.RuleViolationException;
import org.estatedesk.shared.Versioned;

/** An announcement (公告) shown on the workbench of every user of its company, or of the whole group (R0.10). */
@Entity
@Table(name = "announcement")
public class Announcement implements Versioned {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "announcement_seq")
    @SequenceGenerator(name = "announcement_seq", sequenceName = "announcement_seq", allocationSize = 50)
    private Long id;

    @Column(name = "company_id")
    private Long companyId;

    @NotBlank
    @Size(max = 200)
    private String title;

    @NotBlank
    @Size(max = 4000)
    private String body;

    @Column(name = "published_at", nullable = false)
    private OffsetDateTime publishedAt;

    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;

    @Column(nullable = false)
    private String author;

    @Version
    private int version;

    protected Announcement() {
    }

    public Announcement(Long companyId, String title, String body, OffsetDateTime expiresAt, String author,
            OffsetDateTime now) {
        this.companyId = companyId;
        this.author = author;
        this.publishedAt = now;
        revise(title, body, expiresAt);
    }

    public final void revise(String newTitle, String newBody, OffsetDateTime newExpiry) {
        if (newExpiry != null && publishedAt != null && !newExpiry.isAfter(publishedAt)) {
            throw new RuleViolationException("error.announcement.expiry", "expiresAt");
        }
        this.title = newTitle;
        this.body = newBody;
        this.expiresAt = newExpiry;
    }

    public boolean isActive(OffsetDateTime now) {
        return expiresAt == null || expiresAt.isAfter(now);
    }

    public Long getId() {
        return id;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }

    public String getAuthor() {
        return author;
    }

    @Override
    public int getVersion() {
        return version;
    }
}
