package org.estatedesk.shared;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;

/**
 * Every text typed into a page is refused at its field when it holds control characters ({@link Text#isClean}), as
 * the API refuses them; registered as a default validator of every input in faces-config.xml.
 */
@FacesValidator(CleanTextValidator.ID)
public class CleanTextValidator implements Validator<Object> {
    public static final String ID = "estatedesk.cleanText";

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (value instanceof String text && !Text.isClean(text)) {
            String message = Messages.format(context.getViewRoot().getLocale(), "error.text.control");
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        }
    }
}
