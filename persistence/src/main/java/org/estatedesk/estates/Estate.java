package org.estatedesk.estates;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.estatedesk.shared.Versioned;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** An estate (项目/小区) of one company (R0.2). Keeps its unit count so that lists never count a million rows. */
@Entity
@Table(name = "estate")
@Audited
public class Estate implements Versioned {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "estate_seq")
    @SequenceGenerator(name = "estate_seq", sequenceName = "estate_seq", allocationSize = 50)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @NotBlank
    @Size(max = 40)
    @Pattern(regexp = "[A-Za-z0-9_-]+", message = "{validation.code}")
    private String code;

    @NotBlank
    @Size(max = 200)
    private String name;

    @Size(max = 100)
    private String city;

    @Size(max = 300)
    private String address;

    @NotAudited
    @Column(name = "unit_count", nullable = false)
    private int unitCount;

    @NotAudited
    @Version
    private int version;

    protected Estate() {
    }

    public Estate(long companyId, String code, String name, String city, String address) {
        this.companyId = companyId;
        this.code = code;
        describe(name, city, address);
    }

    public final void describe(String newName, String newCity, String newAddress) {
        this.name = newName;
        this.city = newCity;
        this.address = newAddress;
    }

    /** Called in the same transaction that adds or removes units. */
    public void unitsAdded(int count) {
        unitCount += count;
    }

    public Long getId() {
        return id;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCity() {
        return city;
    }

    public String getAddress() {
        return address;
    }

    public int getUnitCount() {
        return unitCount;
    }

    @Override
    public int getVersion() {
        return version;
    }
}
