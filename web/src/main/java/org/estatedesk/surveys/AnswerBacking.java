package org.estatedesk.surveys;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.estatedesk.shared.NotFoundException;

/**
 * The owner's answer page (R6.3), opened from the link in his e-mail without a login: the token of the link is read
 * once and kept with the view; the sheet is sent once.
 */
@Named
@ViewScoped
public class AnswerBacking implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    OwnerAnswerService service;

    private String token;
    private OwnerSheet sheet;
    private List<AnswerRow> rows = List.of();
    private boolean done;

    @PostConstruct
    void init() {
        token = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("token");
        try {
            sheet = service.sheet(token);
            rows = AnswerRow.of(sheet.questionnaire());
        } catch (NotFoundException e) {
            sheet = null;
        }
    }

    public void submit() {
        service.answer(token, AnswerRow.inputs(rows));
        done = true;
    }

    public String getToken() {
        return token;
    }

    /** The view parameter (kept across the language switch's redirect); read once at construction. */
    public void setToken(String token) {
        if (this.token == null) {
            this.token = token;
        }
    }

    public OwnerSheet getSheet() {
        return sheet;
    }

    public List<AnswerRow> getRows() {
        return rows;
    }

    public boolean isDone() {
        return done;
    }
}
