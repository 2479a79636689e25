package org.estatedesk.billing;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.estatedesk.estates.EstateService;
import org.estatedesk.shared.FacesMessages;
import org.estatedesk.shared.RuleViolationException;

/**
 * The cashier's search box (issue 20): a unit of the chosen estate by its code, its owner's name or phone; while
 * typing, the units found are listed (code, owner, phone, what each owes); one found by the search button opens.
 */
@Named
@ViewScoped
public class CashierFinder implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Typed characters before the list shows. */
    private static final int SUGGEST_FROM = 2;

    @Inject
    CashierBacking desk;

    @EJB
    CashierSearch search;

    @EJB
    EstateService estateService;

    private String code;
    private List<CashierSearch.UnitAccount> matches = List.of();

    /** The list while typing: empty below two characters or without an estate. */
    public void suggest() {
        String text = code == null ? "" : code.strip();
        matches = text.length() < SUGGEST_FROM || desk.getEstateId() == null ? List.of()
                : search.find(desk.getEstateId(), text);
    }

    public void search() {
        if (desk.getEstateId() == null) {
            throw new RuleViolationException("error.required", "estateId");
        }
        if (code == null || code.isBlank()) {
            throw new RuleViolationException("error.required", "code");
        }
        matches = search.find(desk.getEstateId(), code);
        if (matches.size() == 1) {
            open(matches.get(0));
        } else if (matches.isEmpty()) {
            FacesMessages.error("cashier.noUnit", code);
        }
    }

    public void open(CashierSearch.UnitAccount a) {
        desk.open(estateService.unit(a.unit().unitId()));
        code = a.unit().unitCode();
        matches = List.of();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public List<CashierSearch.UnitAccount> getMatches() {
        return matches;
    }
}
