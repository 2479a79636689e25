package org.estatedesk.shared;

/** The record does not exist or lies outside the caller's data scope (R0.6): both answer "not found". */
public class NotFoundException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object id) {
        super("error.notFound", null, what, id);
    }
}
