package org.estatedesk.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.estatedesk.organisation.OrgUnit;
import org.estatedesk.security.AppUser;
import org.estatedesk.security.Passwords;
import org.estatedesk.shared.Roles;

/**
 * Runs once the schema is migrated. On an empty database it loads the demo data when {@code estatedesk.demo} is
 * true (the embedded default), otherwise it creates the group root and the administrator {@code admin} with the
 * password from {@code estatedesk.admin.password}. A database that has users is left alone.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class FirstStart {
    private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());

    @PersistenceContext(unitName = "estatedesk")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    DemoData demo;

    @Inject
    Passwords passwords;

    @Inject
    @ConfigProperty(name = "estatedesk.demo", defaultValue = "false")
    boolean demoWanted;

    @Inject
    @ConfigProperty(name = "estatedesk.admin.password")
    java.util.Optional<String> adminPassword;

    @PostConstruct
    void init() {
        try {
            tx.begin();
            long users = em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult();
            if (users > 0) {
                tx.rollback();
                return;
            }
            if (demoWanted) {
                long start = System.nanoTime();
                String summary = demo.load();
                LOG.info(() -> "Demo data loaded in " + (System.nanoTime() - start) / 1_000_000 + " ms: " + summary);
            } else if (adminPassword.filter(p -> !p.isBlank()).isPresent()) {
                OrgUnit root = OrgUnit.group("GROUP", "集团", "Group");
                em.persist(root);
                AppUser admin = new AppUser("admin", "Administrator", passwords.hash(adminPassword.get()), null, null);
                admin.grantRoles(java.util.Set.of(Roles.ADMIN));
                admin.makeGroupAdmin(true);
                em.persist(admin);
                LOG.info("Created the group root and the administrator 'admin' from estatedesk.admin.password");
            } else {
                LOG.warning("The database has no users: set ESTATEDESK_ADMIN_PASSWORD (or ESTATEDESK_DEMO=true)"
                        + " and restart to create the first administrator");
            }
            tx.commit();
        } catch (Exception e) {
            throw new IllegalStateException("First start failed; nothing was written", e);
        }
    }
}
