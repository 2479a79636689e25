package org.estatedesk.shared;

/** The record does not exist or lies outside the caller's data scope (R0.6): both answer "not found". */
public class NotFoundException extends BusinessException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object id) {
        super("error.notFound", null, what, id);
    }

    /**
     * The scope check of a record read by id (its unit's, estate's or company's), answered as that record's "not
     * found": a 404 names only what was asked for, never the parent it lies in.
     */
    public static <T> T as(String what, Object id, java.util.function.Supplier<T> scopeCheck) {
        try {
            return scopeCheck.get();
        } catch (NotFoundException e) {
            throw new NotFoundException(what, id);
        }
    }
}
