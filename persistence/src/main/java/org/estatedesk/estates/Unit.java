package org.estatedesk.estates;

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
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.estatedesk.shared.Versioned;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A unit (房间, shop, garage, parking space) with its building area in m² (R0.2). Carries its company and estate
 * so that data scope is a WHERE clause. The current owner is kept here for fast lists; the history of owners and
 * occupants is in {@code ownership}.
 */
@Entity
@Table(name = "unit")
@Audited
public class Unit implements Versioned {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unit_seq")
    @SequenceGenerator(name = "unit_seq", sequenceName = "unit_seq", allocationSize = 50)
    private Long id;

    @NotAudited
    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @NotAudited
    @Column(name = "estate_id", nullable = false)
    private Long estateId;

    @NotAudited
    @Column(name = "building_id")
    private Long buildingId;

    @NotAudited
    @Column(name = "entrance_id")
    private Long entranceId;

    @NotAudited
    private Integer floor;

    @NotBlank
    @Size(max = 60)
    private String code;

    @NotNull
    @Enumerated(EnumType.STRING)
    private UnitType type;

    @NotNull
    @DecimalMin(value = "0.01")
    @DecimalMax(value = "99999999.99")
    @Digits(integer = 8, fraction = 2)
    private BigDecimal area;

    @NotNull
    @Enumerated(EnumType.STRING)
    private UnitState state = UnitState.VACANT;

    @Column(name = "owner_id")
    private Long ownerId;

    @NotAudited
    @Version
    private int version;

    protected Unit() {
    }

    public Unit(Estate estate, Long buildingId, Long entranceId, Integer floor, String code, UnitType type,
            BigDecimal area) {
        this.companyId = estate.getCompanyId();
        this.estateId = estate.getId();
        this.buildingId = buildingId;
        this.entranceId = entranceId;
        this.floor = floor;
        this.code = code;
        this.type = type;
        this.area = area == null ? null : area.setScale(2, RoundingMode.UNNECESSARY);
    }

    public void describe(UnitType newType, BigDecimal newArea, UnitState newState) {
        this.type = newType;
        this.area = newArea.setScale(2, RoundingMode.UNNECESSARY);
        this.state = newState;
    }

    /** The unit's current owner changes; history is kept by the caller in an {@code Ownership}. */
    public void ownedBy(Long newOwnerId) {
        this.ownerId = newOwnerId;
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

    public Long getBuildingId() {
        return buildingId;
    }

    public Long getEntranceId() {
        return entranceId;
    }

    public Integer getFloor() {
        return floor;
    }

    public String getCode() {
        return code;
    }

    public UnitType getType() {
        return type;
    }

    public BigDecimal getArea() {
        return area;
    }

    public UnitState getState() {
        return state;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    @Override
    public int getVersion() {
        return version;
    }
}
