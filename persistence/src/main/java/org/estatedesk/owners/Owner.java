package org.estatedesk.owners;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.estatedesk.shared.Versioned;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** An owner or customer of the ledger (R0.4), a person or an organisation of one company. */
@Entity
@Table(name = "owner")
@Audited
@ValidIdentity
public class Owner implements Versioned {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "owner_seq")
    @SequenceGenerator(name = "owner_seq", sequenceName = "owner_seq", allocationSize = 50)
    private Long id;

    @NotAudited
    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @NotNull
    @Enumerated(EnumType.STRING)
    private OwnerKind kind;

    @NotBlank
    @Size(max = 200)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "id_type")
    private IdType idType;

    @NotBlank
    @Size(max = 40)
    @Column(name = "id_number")
    private String idNumber;

    @NotBlank
    @Pattern(regexp = "\\+?[0-9][0-9 -]{5,30}", message = "{validation.phone}")
    private String phone;

    @Pattern(regexp = "(\\+?[0-9][0-9 -]{5,30})?", message = "{validation.phone}")
    private String phone2;

    @Email
    @Size(max = 200)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "contact_preference")
    private ContactPreference contactPreference;

    @Pattern(regexp = "(zh|en)?", message = "{validation.language}")
    private String language;

    @Size(max = 300)
    private String address;

    @Size(max = 1000)
    private String note;

    /** The customer consultant (客服顾问, R1.9): the CS staff member responsible for this owner, by user name. */
    @Size(max = 40)
    private String consultant;

    @NotAudited
    @Version
    private int version;

    public enum ContactPreference { PHONE, SMS, EMAIL, MAIL }

    protected Owner() {
    }

    public Owner(long companyId, OwnerKind kind, String name, IdType idType, String idNumber, String phone) {
        this.companyId = companyId;
        this.kind = kind;
        this.name = name;
        this.idType = idType;
        this.idNumber = normalise(idNumber);
        this.phone = phone;
    }

    private static String normalise(String idNumber) {
        return idNumber == null ? null : idNumber.trim().toUpperCase();
    }

    /** Replaces the ledger facts; validated by the container before the transaction commits. */
    public void update(OwnerKind newKind, String newName, IdType newIdType, String newIdNumber, String newPhone,
            String newPhone2, String newEmail, ContactPreference newPreference, String newLanguage,
            String newAddress, String newNote) {
        this.kind = newKind;
        this.name = newName;
        this.idType = newIdType;
        if (!IdNumberMask.isMaskOf(newIdNumber, idNumber)) {
            // a form that showed the masked number and sends it back unchanged keeps the stored one
            this.idNumber = normalise(newIdNumber);
        }
        this.phone = newPhone;
        this.phone2 = blankToNull(newPhone2);
        this.email = blankToNull(newEmail);
        this.contactPreference = newPreference;
        this.language = blankToNull(newLanguage);
        this.address = blankToNull(newAddress);
        this.note = blankToNull(newNote);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Long getId() {
        return id;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public OwnerKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public IdType getIdType() {
        return idType;
    }

    public String getIdNumber() {
        return idNumber;
    }

    /** The identity number as those who may not see it whole see it ({@link IdNumberMask}). */
    public String getMaskedIdNumber() {
        return IdNumberMask.mask(idNumber);
    }

    public String getPhone() {
        return phone;
    }

    public String getPhone2() {
        return phone2;
    }

    public String getEmail() {
        return email;
    }

    public ContactPreference getContactPreference() {
        return contactPreference;
    }

    public String getLanguage() {
        return language;
    }

    public String getAddress() {
        return address;
    }

    /** Makes a CS staff member responsible for this owner (R1.9), or nobody. */
    public void assignConsultant(String username) {
        this.consultant = username == null || username.isBlank() ? null : username.trim();
    }

    public String getConsultant() {
        return consultant;
    }

    public String getNote() {
        return note;
    }

    @Override
    public int getVersion() {
        return version;
    }
}
