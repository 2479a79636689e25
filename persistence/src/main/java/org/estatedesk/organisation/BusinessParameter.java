package org.estatedesk.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.estatedesk.shared.Versioned;
import org.hibernate.envers.Audited;

/** A company's override of one catalogue parameter (R0.9). */
@Entity
@Table(name = "business_parameter")
@Audited
public class BusinessParameter implements Versioned {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "business_parameter_seq")
    @SequenceGenerator(name = "business_parameter_seq", sequenceName = "business_parameter_seq", allocationSize = 50)
    private Long id;

    @Column(name = "company_id", nullable = false)
    private Long companyId;

    @Column(name = "param_key", nullable = false)
    private String key;

    @Column(name = "param_value", nullable = false)
    private String value;

    @Version
    private int version;

    protected BusinessParameter() {
    }

    public BusinessParameter(long companyId, ParameterKey key, String value) {
        this.companyId = companyId;
        this.key = key.key();
        change(key, value);
    }

    public final void change(ParameterKey parameter, String newValue) {
        this.value = parameter.validate(newValue);
    }

    public Long getId() {
        return id;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public String getKey() {
        return key;
    }

    public String getValue() {
        return value;
    }

    @Override
    public int getVersion() {
        return version;
    }
}
