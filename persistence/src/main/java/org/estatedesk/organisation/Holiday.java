package org.estatedesk.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.estatedesk.shared.RuleViolationException;

/**
 * A day of a company's calendar that differs from Monday-to-Friday: a public holiday (法定节假日, not worked) or a
 * weekend day worked in exchange (调休上班). Due times in working days (R3.1) count with it.
 */
@Entity
@Table(name = "holiday")
public class Holiday {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "holiday_seq")
    @SequenceGenerator(name = "holiday_seq", sequenceName = "holiday_seq", allocationSize = 50)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(name = "on_day", nullable = false)
    private LocalDate day;

    @Column(nullable = false)
    private boolean working;

    @Column(nullable = false)
    private String name;

    protected Holiday() {
    }

    public Holiday(long companyId, LocalDate day, boolean working, String name) {
        this.companyId = companyId;
        this.day = day;
        change(working, name);
    }

    public void change(boolean worked, String label) {
        if (label == null || label.isBlank()) {
            throw new RuleViolationException("error.required", "name");
        }
        if (label.trim().length() > 100) {
            throw new RuleViolationException("error.decoration.tooLong", "name", 100);
        }
        this.working = worked;
        this.name = label.trim();
    }

    public Long getId() {
        return id;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public LocalDate getDay() {
        return day;
    }

    public boolean isWorking() {
        return working;
    }

    public String getName() {
        return name;
    }
}
