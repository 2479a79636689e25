package org.estatedesk.owners;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.estatedesk.estates.Unit;
import org.estatedesk.shared.BusinessException;
import org.estatedesk.shared.InvalidInputException;
import org.estatedesk.shared.Messages;

/** Creates or edits one owner of the ledger (R0.4) and shows the owner's units and ownership history. */
@Named
@ViewScoped
public class OwnerEditBacking implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String FORM = "form";

    @EJB
    OwnerService ownerService;

    private Long id;
    private Integer version;
    private boolean loaded;
    private boolean found = true;

    private OwnerKind kind = OwnerKind.PERSON;
    private String name;
    private IdType idType = IdType.ID_CARD;
    private String idNumber;
    private String phone;
    private String phone2;
    private String email;
    private Owner.ContactPreference contactPreference;
    private String language;
    private String address;
    private String note;

    private List<Unit> units = List.of();
    private List<Ownership> history = List.of();

    /** The view action: reads the owner named by the {@code id} parameter, once per view. */
    public void load() {
        if (loaded || id == null) {
            loaded = true;
            return;
        }
        loaded = true;
        try {
            Owner o = ownerService.owner(id);
            copy(o);
            units = ownerService.unitsOf(id);
            history = ownerService.history(id);
        } catch (BusinessException e) {
            found = false;
            global(e);
        }
    }

    public String save() {
        OwnerData data = new OwnerData(null, kind, name, idType, idNumber, phone, phone2, email, contactPreference,
                language, address, note);
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            Owner saved = id == null ? ownerService.create(data) : ownerService.update(id, data, version);
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Messages.format(locale(), "owner.saved", saved.getName()), null));
            return "/owners/list?faces-redirect=true";
        } catch (InvalidInputException e) {
            for (InvalidInputException.FieldError error : e.errors()) {
                fieldMessage(error.field(), text(error.message()));
            }
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.format(locale(), e.messageKey(), e.arguments()), null));
            faces.validationFailed();
        } catch (BusinessException e) {
            if (e.field() != null && component(e.field()) != null) {
                fieldMessage(e.field(), Messages.format(locale(), e.messageKey(), e.arguments()));
            } else {
                global(e);
            }
            faces.validationFailed();
        }
        return null;
    }

    /** The code of a unit the owner holds now, or its id for a unit held in the past. */
    public String unitLabel(Long unitId) {
        Map<Long, Unit> byId = units.stream().collect(Collectors.toMap(Unit::getId, Function.identity()));
        Unit u = byId.get(unitId);
        return u != null ? u.getCode() : "#" + unitId;
    }

    private void copy(Owner o) {
        version = o.getVersion();
        kind = o.getKind();
        name = o.getName();
        idType = o.getIdType();
        idNumber = o.getIdNumber();
        phone = o.getPhone();
        phone2 = o.getPhone2();
        email = o.getEmail();
        contactPreference = o.getContactPreference();
        language = o.getLanguage();
        address = o.getAddress();
        note = o.getNote();
    }

    /** Bean Validation messages of the domain are message keys in braces when the bundle is ours. */
    private static String text(String message) {
        if (message != null && message.length() > 2 && message.startsWith("{") && message.endsWith("}")) {
            return Messages.format(locale(), message.substring(1, message.length() - 1));
        }
        return message;
    }

    private static UIComponent component(String field) {
        return FacesContext.getCurrentInstance().getViewRoot().findComponent(FORM + ":" + field);
    }

    private static void fieldMessage(String field, String text) {
        FacesContext faces = FacesContext.getCurrentInstance();
        UIComponent c = component(field);
        FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
        if (c == null) {
            faces.addMessage(null, message);
        } else {
            faces.addMessage(c.getClientId(faces), message);
        }
    }

    private static void global(BusinessException e) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Messages.format(locale(), e.messageKey(), e.arguments()), null));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public boolean isEditing() {
        return id != null;
    }

    public boolean isFound() {
        return found;
    }

    public OwnerKind[] getKinds() {
        return OwnerKind.values();
    }

    public IdType[] getIdTypes() {
        return IdType.values();
    }

    public Owner.ContactPreference[] getContactPreferences() {
        return Owner.ContactPreference.values();
    }

    public List<Unit> getUnits() {
        return units;
    }

    public List<Ownership> getHistory() {
        return history;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Integer getVersion() {
        return version;
    }

    public OwnerKind getKind() {
        return kind;
    }

    public void setKind(OwnerKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public IdType getIdType() {
        return idType;
    }

    public void setIdType(IdType idType) {
        this.idType = idType;
    }

    public String getIdNumber() {
        return idNumber;
    }

    public void setIdNumber(String idNumber) {
        this.idNumber = idNumber;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getPhone2() {
        return phone2;
    }

    public void setPhone2(String phone2) {
        this.phone2 = phone2;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Owner.ContactPreference getContactPreference() {
        return contactPreference;
    }

    public void setContactPreference(Owner.ContactPreference contactPreference) {
        this.contactPreference = contactPreference;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
