package org.estatedesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.estatedesk.shared.SecurityHeadersFilter;

/**
 * Pages log in with a form and keep a session; the API under {@code /api/} authenticates every request with HTTP
 * Basic and never creates a session. Same users, same identity store. Jakarta Security 3.0 allows one mechanism per
 * application, so this one serves both.
 */
@ApplicationScoped
public class EstateDeskAuthenticationMechanism implements HttpAuthenticationMechanism {
    static final String LOGIN_PAGE = "/login.xhtml";
    /**
     * The logged-in caller of a page session (and his groups) live in the HTTP session, so the session timeout and
     * logout end the login; Liberty's own session registration needs its SSO cookie, which is switched off.
     */
    private static final String SESSION_CALLER = "org.estatedesk.caller";
    private static final String SESSION_GROUPS = "org.estatedesk.groups";

    @Inject
    IdentityStoreHandler identityStore;

    @Inject
    ApiCredentialCache credentials;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext ctx) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            return api(request, response, ctx);
        }
        Credential credential = ctx.getAuthParameters().getCredential();
        if (ctx.isAuthenticationRequest() && credential != null) {
            CredentialValidationResult result = identityStore.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            // a fresh session id after login (session fixation), holding who logged in and his groups
            HttpSession session = request.getSession(true);
            request.changeSessionId();
            session.setAttribute(SESSION_CALLER, result.getCallerPrincipal().getName());
            session.setAttribute(SESSION_GROUPS, new HashSet<>(result.getCallerGroups()));
            return ctx.notifyContainerAboutLogin(result);
        }
        HttpSession session = request.getSession(false);
        Object caller = session == null ? null : session.getAttribute(SESSION_CALLER);
        if (caller instanceof String name) {
            @SuppressWarnings("unchecked")
            Set<String> groups = (Set<String>) session.getAttribute(SESSION_GROUPS);
            return ctx.notifyContainerAboutLogin(name, groups);
        }
        if (ctx.isProtected()) {
            // answered before any filter runs: the security headers are set here
            SecurityHeadersFilter.apply(request, response);
            String target = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
            return ctx.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                    + java.net.URLEncoder.encode(target, StandardCharsets.UTF_8));
        }
        return ctx.doNothing();
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response, HttpMessageContext ctx) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return unauthorized(request, response, "Malformed Basic credentials");
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return unauthorized(request, response, "Malformed Basic credentials");
            }
            String username = decoded.substring(0, colon);
            String password = decoded.substring(colon + 1);
            var verified = credentials.verifyOnce(username, password, () -> {
                CredentialValidationResult result = identityStore.validate(
                        new UsernamePasswordCredential(username, password));
                return result.getStatus() == CredentialValidationResult.Status.VALID
                        ? Optional.of(new ApiCredentialCache.Entry(null, result.getCallerPrincipal().getName(),
                                Set.copyOf(result.getCallerGroups()), 0))
                        : Optional.empty();
            });
            if (verified.isPresent()) {
                return ctx.notifyContainerAboutLogin(verified.get().caller(), verified.get().groups());
            }
            credentials.forget(username);
            return unauthorized(request, response, "Wrong user name or password, or the account is locked");
        }
        if (ctx.isProtected()) {
            return unauthorized(request, response, "Authentication required");
        }
        return ctx.doNothing();
    }

    /** A 401 problem; answered before any filter runs, so the security headers are set here. */
    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
            String detail) {
        SecurityHeadersFilter.apply(request, response);
        response.setHeader("WWW-Authenticate", "Basic realm=\"EstateDesk\", charset=\"UTF-8\"");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                    + "\"detail\":\"" + detail + "\"}");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
