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

/** An entrance (单元) of a building: the stairwell through which its units are reached. */
@Entity
@Table(name = "entrance")
public class Entrance {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entrance_seq")
    @SequenceGenerator(name = "entrance_seq", sequenceName = "entrance_seq", allocationSize = 50)
    private Long id;

    @Column(name = "building_id", nullable = false)
    private Long buildingId;

    @NotBlank
    @Size(max = 20)
    @Pattern(regexp = "[A-Za-z0-9]+", message = "{validation.code}")
    private String code;

    @Size(max = 200)
    private String name;

    @Version
    private int version;

    protected Entrance() {
    }

    public Entrance(long buildingId, String code, String name) {
        this.buildingId = buildingId;
        this.code = code;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public Long getBuildingId() {
        return buildingId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
