package org.estatedesk.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIMessage;
import jakarta.faces.component.UINamingContainer;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.PartialViewContext;
import java.util.ArrayList;
import java.util.List;
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
        UIComponent form = FacesContext.getCurrentInstance().getViewRoot().findComponent(formId);
        error(e, form instanceof UIForm f ? f : null);
    }

    /**
     * Reports a refused call next to the inputs of the form it names (when this response shows that input or its
     * message; an ajax update that leaves them out would hide it); whatever has no such input goes to the top of the
     * page. Marks the request failed, so that a PrimeFaces dialog stays open ({@code args.validationFailed}). This is
     * what the page exception handler ({@link PageExceptionHandlerFactory}) does with every refused action.
     */
    public static void error(BusinessException e, UIForm form) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (e instanceof InvalidInputException invalid) {
            for (InvalidInputException.FieldError f : invalid.errors()) {
                at(form, f.field(), bundleText(f.message()));
            }
            error(e.messageKey(), e.arguments());
        } else if (input(form, e.field()) != null) {
            at(form, e.field(), text(e.messageKey(), e.arguments()));
        } else {
            error(e.messageKey(), e.arguments());
        }
        faces.validationFailed();
    }

    /**
     * Runs a load while the page renders (a {@code @PostConstruct}, a getter), where the page exception handler can
     * no longer place a message: a refusal is shown at the top of the page. Answers whether the load went through, so
     * that the caller can fall back to an empty state.
     */
    public static boolean refusalShown(Runnable load) {
        try {
            load.run();
            return true;
        } catch (BusinessException e) {
            error(e);
            return false;
        }
    }

    /** Bean Validation messages of the domain are bundle keys in braces. */
    private static String bundleText(String message) {
        if (message != null && message.length() > 2 && message.startsWith("{") && message.endsWith("}")) {
            return text(message.substring(1, message.length() - 1));
        }
        return message;
    }

    /** The input {@code field} of the form when this response shows it or a message for it, else null. */
    private static UIComponent input(UIForm form, String field) {
        if (form == null || field == null || field.isBlank()) {
            return null;
        }
        UIComponent input;
        try {
            input = form.findComponent(field);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (input == null) {
            return null;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        PartialViewContext partial = faces.getPartialViewContext();
        if (!partial.isAjaxRequest() || partial.isRenderAll() || partial.getRenderIds().contains("@all")) {
            return input;
        }
        List<UIComponent> shown = new ArrayList<>();
        shown.add(input);
        messagesFor(form, field, shown);
        char separator = UINamingContainer.getSeparatorChar(faces);
        for (String id : partial.getRenderIds()) {
            if (id.startsWith("@")) {
                return input; // a keyword or a client-side selector: what it shows is not known here
            }
            String rendered = id.startsWith(String.valueOf(separator)) ? id.substring(1) : id;
            UIComponent target = find(faces, separator + rendered);
            for (UIComponent c : shown) {
                String clientId = c.getClientId(faces);
                if (clientId.equals(rendered) || clientId.startsWith(rendered + separator) || within(c, target)) {
                    return input;
                }
            }
        }
        return null;
    }

    private static UIComponent find(FacesContext faces, String expression) {
        try {
            return faces.getViewRoot().findComponent(expression);
        } catch (IllegalArgumentException e) {
            return null; // a row of a table or a part of a component that is no naming container
        }
    }

    private static boolean within(UIComponent component, UIComponent ancestor) {
        for (UIComponent c = component; c != null && ancestor != null; c = c.getParent()) {
            if (c == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static void messagesFor(UIComponent parent, String field, List<UIComponent> messages) {
        for (UIComponent child : parent.getChildren()) {
            if (child instanceof UIMessage message && field.equals(message.getFor())) {
                messages.add(message);
            }
            messagesFor(child, field, messages);
        }
    }

    private static void at(UIForm form, String field, String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        UIComponent c = input(form, field);
        faces.addMessage(c == null ? null : c.getClientId(faces),
                new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }
}
