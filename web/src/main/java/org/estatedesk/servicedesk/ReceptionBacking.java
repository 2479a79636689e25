package org.estatedesk.servicedesk;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.estatedesk.estates.Estate;
import org.estatedesk.estates.EstateService;
import org.estatedesk.estates.Unit;
import org.estatedesk.estates.UnitFilter;
import org.estatedesk.shared.BusinessException;
import org.estatedesk.shared.CompanyZones;
import org.estatedesk.shared.FacesMessages;
import org.estatedesk.shared.RuleViolationException;

/**
 * The front desk's page (R1.1, R1.2): the caller's number pops up what we know of him ({@code ?phone=} lets a
 * call-centre system open the page), the "five clear" facts are registered once, and the record is split into
 * tasks that go to their departments.
 */
@Named
@ViewScoped
public class ReceptionBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The page's language (the switch, not the browser's): the picker's names. */
    @Inject
    org.estatedesk.shared.LocaleBean language;

    @Inject
    CompanyZones zones;

    @EJB
    ReceptionService desk;

    @EJB
    EstateService estateService;

    @EJB
    IssueLibraryService library;

    private List<Estate> estates = List.of();
    private List<IssueCategory> categories = List.of();
    private CategoryPicker categoryPicker = CategoryPicker.of(List.of(), null);
    private String requestedPhone;
    private CallerCard card;

    private String phone;
    private String callerName;
    private Channel channel = Channel.PHONE;
    private Long estateId;
    private String unitCode;
    private String location;
    private String description;
    private Reception reception;
    private List<TaskLine> tasks = List.of();


    /** The view action: a number in the URL is looked up at once (the screen-pop). */
    public void open() {
        estates = estateService.visibleEstates();
        if (estateId == null && !estates.isEmpty()) {
            estateId = estates.get(0).getId();
        }
        loadCategories();
        if (requestedPhone != null && !requestedPhone.isBlank() && card == null) {
            phone = requestedPhone;
            lookup();
        }
    }

    /** Shows what is known of the caller; a single owner's name and first unit fill the form. */
    public void lookup() {
        try {
            card = desk.callerCard(phone);
            if (!card.owners().isEmpty() && (callerName == null || callerName.isBlank())) {
                callerName = card.owners().get(0).getName();
            }
            if (!card.units().isEmpty() && (unitCode == null || unitCode.isBlank())) {
                useUnit(card.units().get(0));
            }
        } catch (BusinessException e) {
            card = null;
            throw e;
        }
    }

    /** Takes one of the caller's units into the form. */
    public void useUnit(Unit u) {
        if (!u.getEstateId().equals(estateId)) {
            estateId = u.getEstateId();
            loadCategories();
        }
        unitCode = u.getCode();
    }

    public void estateChanged() {
        unitCode = null;
        loadCategories();
    }

    /** Unit codes of the chosen estate that start with what was typed. */
    public List<String> completeUnit(String query) {
        if (estateId == null) {
            return List.of();
        }
        return estateService.units(estateId, new UnitFilter(null, null, null, query == null ? "" : query.trim(),
                UnitFilter.Sort.CODE, false), 0, 15).items().stream().map(Unit::getCode).toList();
    }

    public void register() {
        reception = desk.register(new ReceptionRequest(estateId, unitId(), location, channel, callerName, phone,
                description));
        tasks = List.of();
        FacesMessages.info("reception.registered", reception.getNumber());
    }

    /** Reads the reception and its tasks again after a task was split off it ({@link SplitTaskBacking}). */
    public void taskAdded() {
        reception = desk.reception(reception.getId());
        tasks = desk.tasksOf(reception.getId());
    }

    /** Clears the form for the next caller. */
    public String next() {
        return "/servicedesk/reception?faces-redirect=true";
    }

    private Long unitId() {
        if (unitCode == null || unitCode.isBlank() || estateId == null) {
            return null;
        }
        String code = unitCode.trim();
        return estateService.units(estateId, new UnitFilter(null, null, null, code, UnitFilter.Sort.CODE, false), 0, 5)
                .items().stream().filter(u -> u.getCode().equals(code)).map(Unit::getId).findFirst()
                .orElseThrow(() -> new RuleViolationException("error.reception.unitNotFound", "unitCode", code));
    }

    private void loadCategories() {
        Long company = estates.stream().filter(e -> e.getId().equals(estateId)).map(Estate::getCompanyId).findFirst()
                .orElse(null);
        categories = List.of(); // nothing shown when the read is refused
        categories = company == null ? List.of() : IssueCategory.inTreeOrder(library.library(company).stream()
                .filter(IssueCategory::isActive).toList());
        categoryPicker = CategoryPicker.of(categories, language.getLocale());
    }

    /** A category's label: its name in the page's language, indented under its parent. */
    public String categoryLabel(IssueCategory c) {
        String name = c.name(FacesMessages.locale());
        return (c.getParentId() == null ? "" : "\u3000") + name + " (" + c.getCode() + ")";
    }

    public String estateName(Long id) {
        return estates.stream().filter(e -> e.getId().equals(id)).map(e -> e.getName()).findFirst().orElse("#" + id);
    }

    public List<Estate> getEstates() {
        return estates;
    }

    /** The active library in tree order (sorted once, when the estate's company is known). */
    /** The split's category picker (issue 20): type-ahead over the estate's company's library. */
    public CategoryPicker getCategoryPicker() {
        return categoryPicker;
    }

    public List<IssueCategory> getCategories() {
        return categories;
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public CallerCard getCard() {
        return card;
    }

    public Reception getReception() {
        return reception;
    }

    public List<TaskLine> getTasks() {
        return tasks;
    }

    public String getRequestedPhone() {
        return requestedPhone;
    }

    public void setRequestedPhone(String requestedPhone) {
        this.requestedPhone = requestedPhone;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getCallerName() {
        return callerName;
    }

    public void setCallerName(String callerName) {
        this.callerName = callerName;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public Long getEstateId() {
        return estateId;
    }

    public void setEstateId(Long estateId) {
        this.estateId = estateId;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

}
