package org.estatedesk.estates;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.estatedesk.shared.Versioned;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A building (楼栋) of an estate. */
@Entity
@Table(name = "building")
@Audited
public class Building implements Versioned {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "building_seq")
    @SequenceGenerator(name = "building_seq", sequenceName = "building_seq", allocationSize = 50)
    private Long id;

    @Column(name = "estate_id", nullable = false)
    private Long estateId;

    @NotBlank
    @Size(max = 20)
    @Pattern(regexp = "[A-Za-z0-9]+", message = "{validation.code}")
    private String code;

    @NotBlank
    @Size(max = 200)
    private String name;

    @Min(1)
    @Max(200)
    private Integer floors;

    @NotAudited
    @Version
    private int version;

    protected Building() {
    }

    public Building(long estateId, String code, String name, Integer floors) {
        this.estateId = estateId;
        this.code = code;
        this.name = name;
        this.floors = floors;
    }

    public Long getId() {
        return id;
    }

    public Long getEstateId() {
        return estateId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Integer getFloors() {
        return floors;
    }

    @Override
    public int getVersion() {
        return version;
    }
}
