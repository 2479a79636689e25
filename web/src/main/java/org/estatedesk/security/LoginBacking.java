package org.estatedesk.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.estatedesk.shared.Messages;

/** The login and logout actions of the pages. */
@Named
@RequestScoped
public class LoginBacking {
    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    @jakarta.ejb.EJB
    LoginService loginService;

    private String username;
    private String password;

    public void login() throws IOException {
        ExternalContext ext = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate((HttpServletRequest) ext.getRequest(),
                (HttpServletResponse) ext.getResponse(), AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, password)).newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            String next = ext.getRequestParameterMap().get("next");
            boolean local = next != null && next.startsWith("/") && !next.startsWith("//");
            ext.redirect(ext.getRequestContextPath() + (local ? next : "/index.xhtml"));
            faces.responseComplete();
        } else if (status == AuthenticationStatus.SEND_FAILURE) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.format(faces.getViewRoot().getLocale(), "login.failed"), null));
        }
    }

    public void logout() throws IOException {
        ExternalContext ext = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        String name = request.getRemoteUser();
        try {
            request.logout();
        } catch (jakarta.servlet.ServletException e) {
            throw new IOException(e);
        }
        ext.invalidateSession();
        if (name != null) {
            loginService.loggedOut(name);
        }
        ext.redirect(ext.getRequestContextPath() + "/login.xhtml");
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
