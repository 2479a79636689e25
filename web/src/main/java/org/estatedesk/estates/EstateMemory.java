package org.estatedesk.estates;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.event.ValueChangeEvent;
import jakarta.faces.event.ValueChangeListener;
import jakarta.inject.Named;
import java.util.List;

/**
 * The one memory of every estate selector (issue 20): a page's bean preselects {@link #preselect} of the estates it
 * offers, and the selector remembers what the user chooses with
 * {@code <f:valueChangeListener binding="#{estateMemory}"/>} — stored per user, so another page and the next login
 * preselect it too. "All estates" (no value) is not remembered.
 */
@Named
@RequestScoped
public class EstateMemory implements ValueChangeListener {
    @EJB
    EstatePreferenceService preferences;

    /** The estate to preselect of those offered: the user's last choice if offered, else the first. */
    public Long preselect(List<Estate> offered) {
        return preferences.preselect(offered);
    }

    /** The user's last choice if he still sees it (for a filter whose default is "all"), else null. */
    public Long chosen() {
        return preferences.chosen();
    }

    @Override
    public void processValueChange(ValueChangeEvent event) {
        Object value = event.getNewValue();
        if (value instanceof Number n) {
            preferences.remember(n.longValue());
        } else if (value instanceof String s && s.matches("\\d{1,18}")) {
            preferences.remember(Long.parseLong(s));
        }
    }
}
