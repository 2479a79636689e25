package org.estatedesk.decoration;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The inputs of a decoration plan (R3.1) as the apply dialog and the resubmit dialog both ask for them: contractor,
 * plan, alterations and the planned period.
 */
public class DecorationPlanForm implements Serializable {
    private static final long serialVersionUID = 1L;
    private String contractorName;
    private String plan;
    private List<Alteration> alterations = new ArrayList<>();
    private LocalDate startDate;
    private LocalDate endDate;

    /** The plan of an application, to be changed and resubmitted. */
    public static DecorationPlanForm of(DecorationApplication a) {
        DecorationPlanForm f = new DecorationPlanForm();
        f.contractorName = a.getContractorName();
        f.plan = a.getPlan();
        f.alterations = new ArrayList<>(a.getAlterations());
        f.startDate = a.getStartDate();
        f.endDate = a.getEndDate();
        return f;
    }

    public Alteration[] getAlterationChoices() {
        return Alteration.values();
    }

    public String getContractorName() {
        return contractorName;
    }

    public void setContractorName(String contractorName) {
        this.contractorName = contractorName;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public List<Alteration> getAlterations() {
        return alterations;
    }

    public void setAlterations(List<Alteration> alterations) {
        this.alterations = alterations;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }
}
