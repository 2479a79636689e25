package org.estatedesk.incontainer;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.Callable;

/**
 * Runs a piece of a test as one of the test server's users. The test runs inside Arquillian's servlet request;
 * {@link HttpServletRequest#login} checks the user against the server's registry and makes him the caller of the
 * enterprise beans called on this thread (roles by the deployment's application-bnd), until {@code logout}.
 */
public final class Caller {
    /** The password of every user of the test server's registry (server.xml). */
    private static final String PASSWORD = "arquillian";

    private Caller() {
    }

    public static <T> T as(HttpServletRequest request, String username, Callable<T> work) throws Exception {
        try {
            request.login(username, PASSWORD);
        } catch (ServletException e) {
            throw new IllegalStateException("cannot log in " + username, e);
        }
        try {
            return work.call();
        } finally {
            request.logout();
        }
    }
}
