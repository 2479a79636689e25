package org.estatedesk.shared;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import org.junit.jupiter.api.Test;

/** The refused rule is found however the action's call wrapped it; anything else is left to the next handler. */
class PageExceptionHandlerFactoryTest {

    @Test
    void findsTheRefusalBehindFacesElAndEjbWrappers() {
        RuleViolationException refused = new RuleViolationException("error.required", "amount");
        EJBException ejb = new EJBTransactionRolledbackException("rolled back", refused);
        Throwable thrown = new FacesException(new ELException(ejb));
        assertSame(refused, PageExceptionHandlerFactory.refusal(thrown));
        assertSame(refused, PageExceptionHandlerFactory.refusal(refused));
    }

    @Test
    void leavesOtherExceptionsAlone() {
        assertNull(PageExceptionHandlerFactory.refusal(new FacesException(new IllegalStateException("bug"))));
        assertNull(PageExceptionHandlerFactory.refusal(null));
    }
}
