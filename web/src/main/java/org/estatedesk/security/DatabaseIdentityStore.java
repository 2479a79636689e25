package org.estatedesk.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

/**
 * The Jakarta Security identity store over the database: credentials are checked, lockouts counted and logins
 * logged by {@link LoginService}; the user's roles come back as groups.
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {
    @EJB
    LoginService login;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential up)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        LoginResult result = login.login(up.getCaller(), up.getPasswordAsString());
        return result.succeeded() ? new CredentialValidationResult(result.username(), result.roles())
                : CredentialValidationResult.INVALID_RESULT;
    }
}
