package org.estatedesk.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Turns the outcome of a service call into page messages in the view's language: a refused business rule becomes
 * a message at the input it names (when the form has that input) or at the top of the page; a success becomes an
 * info message, kept across a redirect when asked.
 */
public final class FacesMessages {
    private FacesMessages() {
    }

    public static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public static String text(String key, Object... args) {
        return Messages.format(locale(), key, args);
    }

    public static void info(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, args), null));
    }

    /** An info message that survives a {@code faces-redirect}. */
    public static void infoAfterRedirect(String key, Object... args) {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        info(key, args);
    }

    public static void error(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, args), null));
    }

    /** Reports a refused call at the top of the page and marks the request failed (dialogs stay open). */
    public static void error(BusinessException e) {
        error(e.messageKey(), e.arguments());
        FacesContext.getCurrentInstance().validationFailed();
    }

    /**
     * Reports a refused call next to the inputs it names, looked up as {@code formId:field}; whatever has no input
     * on the form goes to the top of the page. Marks the request failed.
     */
    public static void error(BusinessException e, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (e instanceof InvalidInputException invalid) {
            for (InvalidInputException.FieldError f : invalid.errors()) {
                at(formId, f.field(), bundleText(f.message()));
            }
            error(e.messageKey(), e.arguments());
        } else if (e.field() != null && component(formId, e.field()) != null) {
            at(formId, e.field(), text(e.messageKey(), e.arguments()));
        } else {
            error(e.messageKey(), e.arguments());
        }
        faces.validationFailed();
    }

    /** Bean Validation messages of the domain are bundle keys in braces. */
    private static String bundleText(String message) {
        if (message != null && message.length() > 2 && message.startsWith("{") && message.endsWith("}")) {
            return text(message.substring(1, message.length() - 1));
        }
        return message;
    }

    private static UIComponent component(String formId, String field) {
        return FacesContext.getCurrentInstance().getViewRoot().findComponent(formId + ":" + field);
    }

    private static void at(String formId, String field, String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        UIComponent c = field == null ? null : component(formId, field);
        faces.addMessage(c == null ? null : c.getClientId(faces),
                new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }
}
