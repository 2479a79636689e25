package org.estatedesk.shared;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Security headers on every response (ASVS 14.4, 3.4): the content security policy, no sniffing, no framing, the
 * referrer policy; HSTS on HTTPS; {@code Cache-Control: no-store} on everything but static resources (pages and API
 * answers carry personal data). Also on error dispatches (the 403 and 404 pages), and the authentication mechanism
 * calls {@link #apply} itself for the answers it gives before any filter runs (401, the redirect to the login).
 * Pages get PrimeFaces' own policy besides this one (web.xml, primefaces.CSP): the same directives with the page's
 * nonce for scripts. Scripts run only from the application itself or with that nonce, never inline otherwise or by
 * eval; styles may be inline (PrimeFaces positions its widgets with them); nothing loads from elsewhere.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {
    private static final long serialVersionUID = 1L;
    static final String CSP = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";
    /** One year, subdomains included (ASVS 14.4.5). */
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, new PagePolicy(response));
    }

    /**
     * Lets PrimeFaces' policy of a page (with the page's nonce) replace the static one instead of being added beside
     * it: a browser enforces every policy it is sent, and the static one, without the nonce, would block the page's
     * scripts.
     */
    private static final class PagePolicy extends HttpServletResponseWrapper {
        PagePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if ("Content-Security-Policy".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }

    /** Sets the headers on a response; idempotent. */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/jakarta.faces.resource/") && !path.startsWith("/resources/")
                && !path.equals("/favicon.ico")) {
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
