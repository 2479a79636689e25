package org.estatedesk.shared;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The page language: Simplified Chinese by default, English on the switch; kept for the session. */
@Named
@SessionScoped
public class LocaleBean implements Serializable {
    private static final long serialVersionUID = 1L;
    private Locale locale = Locale.SIMPLIFIED_CHINESE;

    public Locale getLocale() {
        return locale;
    }

    public boolean isEnglish() {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    public String toggle() {
        locale = isEnglish() ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
