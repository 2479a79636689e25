package org.estatedesk.servicedesk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.estatedesk.shared.Versioned;

/** A contractor (承建商, R1.14) of a company's estates: who to call about defects in warranty. */
@Entity
@Table(name = "contractor")
public class Contractor implements Versioned {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contractor_seq")
    @SequenceGenerator(name = "contractor_seq", sequenceName = "contractor_seq", allocationSize = 50)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @NotBlank
    @Size(max = 200)
    private String name;

    @Size(max = 100)
    private String contact;

    @Size(max = 40)
    private String phone;

    @Email
    @Size(max = 200)
    private String email;

    @Version
    private int version;

    protected Contractor() {
    }

    public Contractor(long companyId, String name, String contact, String phone, String email) {
        this.companyId = companyId;
        this.name = name == null ? null : name.trim();
        describe(contact, phone, email);
    }

    public final void describe(String newContact, String newPhone, String newEmail) {
        this.contact = blank(newContact);
        this.phone = blank(newPhone);
        this.email = blank(newEmail);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Long getId() {
        return id;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public String getName() {
        return name;
    }

    public String getContact() {
        return contact;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    @Override
    public int getVersion() {
        return version;
    }
}
