package org.estatedesk.frontline;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.estatedesk.owners.OwnerService;
import org.estatedesk.shared.LocaleBean;

/**
 * The owner's whole story ({@code frontline/owner.xhtml?id=}): his units, tasks, bills and balance, receipts, keys and
 * forms; the identity number masked, shown whole on request to the roles that may see it (the showing logged).
 */
@Named
@ViewScoped
public class OwnerOverviewBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    OwnerOverviewService overviews;

    @EJB
    OwnerService owners;

    @Inject
    LocaleBean localeBean;

    private Long id;
    private boolean loaded;
    private OwnerOverviewDto story;
    private String wholeIdNumber;

    /** The view action: reads the story of the owner named by {@code id}, once per view. */
    public void load() {
        if (loaded || id == null) {
            loaded = true;
            return;
        }
        loaded = true;
        story = OwnerOverviewDto.of(overviews.overview(id), localeBean.getLocale());
    }

    /** Shows the whole identity number (permitted roles only; written to the operation log). */
    public void unmask() {
        wholeIdNumber = owners.unmaskIdNumber(id);
    }

    /** The identity number as shown now: whole after {@link #unmask}, else masked. */
    public String getIdNumber() {
        return wholeIdNumber != null ? wholeIdNumber : story == null ? null : story.owner().idNumber();
    }

    public boolean isUnmasked() {
        return wholeIdNumber != null;
    }

    public OwnerOverviewDto getStory() {
        return story;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
