package io.partnerdesk.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.sdk.Entry;
import io.partnerdesk.audit.application.AuditService;
import io.partnerdesk.customer.application.CustomerService;
import io.partnerdesk.support.Api;
import io.partnerdesk.support.Deployments;
import io.partnerdesk.support.SignedIn;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Signing in against the embedded directory, inside the running portal: every demo account gets
 * its role and organisation, bad passwords and accounts without a role or organisation are refused,
 * and services refuse callers without the role.
 */
@ExtendWith(ArquillianExtension.class)
class SignInIT {

    private static final String CONTOSO = "a0000000-0000-4000-8000-000000000001";
    private static final String FABRIKAM = "a0000000-0000-4000-8000-000000000002";
    private static final String NORTHWIND = "a0000000-0000-4000-8000-000000000003";
    private static final String WINGTIP = "a0000000-0000-4000-8000-000000000004";
    private static final String TAILSPIN = "c0000000-0000-4000-8000-000000000001";
    private static final String ADVENTURE_WORKS = "c0000000-0000-4000-8000-000000000002";
    private static final String LITWARE = "c0000000-0000-4000-8000-000000000003";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithTests(SignInIT.class, SignedIn.class, SignedIn.ResponseCapture.class);
    }

    @Inject
    SignInService signInService;

    @Inject
    AccountService accountService;

    @Inject
    EmbeddedDirectory embeddedDirectory;

    @Inject
    SignedIn signedIn;

    @Inject
    AuditService auditService;

    @Inject
    CustomerService customerService;

    @PersistenceContext
    EntityManager em;

    @ParameterizedTest(name = "{0} signs in as {1} of {2}")
    @CsvSource({
        "alice, GLOBAL_ADMIN, " + CONTOSO + ", Alice Andersen",
        "adam, ADMIN_AGENT, " + CONTOSO + ", Adam Barnes",
        "hana, HELPDESK_AGENT, " + CONTOSO + ", Hana Kaya",
        "sam, SALES_AGENT, " + CONTOSO + ", Sam Carter",
        "uma, USER_MANAGEMENT_ADMIN, " + CONTOSO + ", Uma Patel",
        "fiona, GLOBAL_ADMIN, " + FABRIKAM + ", Fiona Gallagher",
        "felix, HELPDESK_AGENT, " + FABRIKAM + ", Felix Wagner",
        "nina, GLOBAL_ADMIN, " + NORTHWIND + ", Nina Petrova",
        "ned, HELPDESK_AGENT, " + NORTHWIND + ", Ned Harper",
        "walt, GLOBAL_ADMIN, " + WINGTIP + ", Walt Jensen",
    })
    void staffGetTheirRoleAndPartner(String username, String role, String partnerId, String displayName) {
        SignedInAccount account = signInService.signIn(new UsernamePasswordCredential(username, Api.PASSWORD));

        assertThat(account.roles()).containsExactly(role);
        assertThat(account.partnerId()).isEqualTo(UUID.fromString(partnerId));
        assertThat(account.customerId()).isNull();
        assertThat(account.displayName()).isEqualTo(displayName);
    }

    @ParameterizedTest(name = "{0} signs in as the admin of customer {1}")
    @CsvSource({"tom, " + TAILSPIN, "ava, " + ADVENTURE_WORKS, "lena, " + LITWARE})
    void customerAdminsGetTheirTenant(String username, String customerId) {
        SignedInAccount account = signInService.signIn(new UsernamePasswordCredential(username, Api.PASSWORD));

        assertThat(account.roles()).containsExactly(Role.CUSTOMER_ADMIN);
        assertThat(account.customerId()).isEqualTo(UUID.fromString(customerId));
        assertThat(account.partnerId()).isNull();
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThatThrownBy(() -> signInService.signIn(new UsernamePasswordCredential("alice", "passw0rd!")))
                .isInstanceOfSatisfying(SignInRefused.class, refused -> assertThat(refused.reason())
                        .isEqualTo(SignInRefused.Reason.INVALID_CREDENTIALS));
    }

    @Test
    void anUnknownUserIsRefused() {
        assertThatThrownBy(() -> signInService.signIn(new UsernamePasswordCredential("mallory", Api.PASSWORD)))
                .isInstanceOfSatisfying(SignInRefused.class, refused -> assertThat(refused.reason())
                        .isEqualTo(SignInRefused.Reason.INVALID_CREDENTIALS));
    }

    @Test
    void anAccountInNoGroupGetsNoRoleAndCannotSignIn() throws Exception {
        String uid = "nogroup-" + UUID.randomUUID().toString().substring(0, 8);
        addPerson(uid);

        assertThatThrownBy(() -> signInService.signIn(new UsernamePasswordCredential(uid, Api.PASSWORD)))
                .isInstanceOfSatisfying(SignInRefused.class, refused -> assertThat(refused.reason())
                        .isEqualTo(SignInRefused.Reason.NO_ROLE));
    }

    @Test
    void anAccountWithARoleButNoOrganisationCannotSignIn() throws Exception {
        String uid = "noorg-" + UUID.randomUUID().toString().substring(0, 8);
        addPerson(uid);
        directory()
                .modify(
                        "cn=partnerdesk-helpdesk-agents,ou=groups," + DirectorySettings.EMBEDDED_BASE_DN,
                        new com.unboundid.ldap.sdk.Modification(
                                com.unboundid.ldap.sdk.ModificationType.ADD, "member", dnOf(uid)));

        assertThatThrownBy(() -> signInService.signIn(new UsernamePasswordCredential(uid, Api.PASSWORD)))
                .isInstanceOfSatisfying(SignInRefused.class, refused -> assertThat(refused.reason())
                        .isEqualTo(SignInRefused.Reason.NO_ORGANISATION));
    }

    @Test
    void servicesRefuseCallersWhoAreNotSignedIn() {
        signedIn.signOut();

        assertThatThrownBy(() -> accountService.me()).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void servicesRefuseSignedInCallersWhoseRoleDoesNotAllowTheAction() {
        // The EJB's own @RolesAllowed, not a check of the page or the REST resource in front of it.
        assertThat(signedIn.as("hana")).isEqualTo(AuthenticationStatus.SUCCESS);
        assertThatThrownBy(() -> auditService.count(null, null, null)).isInstanceOf(EJBAccessException.class);

        assertThat(signedIn.as("tom")).isEqualTo(AuthenticationStatus.SUCCESS);
        assertThatThrownBy(() -> customerService.count(null)).isInstanceOf(EJBAccessException.class);

        assertThat(signedIn.as("uma")).isEqualTo(AuthenticationStatus.SUCCESS);
        assertThat(auditService.count(null, null, null)).isNotNegative();
    }

    @Test
    void aSignedInCallerReachesTheServicesOfTheirRole() {
        assertThat(signedIn.as("hana")).isEqualTo(AuthenticationStatus.SUCCESS);

        AccountService.Me me = accountService.me();

        assertThat(me.account().username()).isEqualTo("hana");
        assertThat(me.partner().getName()).isEqualTo("Contoso Distribution");
    }

    @Test
    void everyEntityMatchesTheMigratedSchema() {
        for (EntityType<?> entity : em.getMetamodel().getEntities()) {
            em.createQuery("SELECT e FROM " + entity.getName() + " e", entity.getJavaType())
                    .setMaxResults(1)
                    .getResultList();
        }
        assertThat(em.getMetamodel().getEntities())
                .extracting(EntityType::getName)
                .contains("Partner", "Customer");
    }

    private com.unboundid.ldap.listener.InMemoryDirectoryServer directory() {
        return embeddedDirectory.server().orElseThrow();
    }

    private void addPerson(String uid) throws Exception {
        directory()
                .add(new Entry(
                        dnOf(uid),
                        new com.unboundid.ldap.sdk.Attribute(
                                "objectClass", "top", "person", "organizationalPerson", "inetOrgPerson"),
                        new com.unboundid.ldap.sdk.Attribute("uid", uid),
                        new com.unboundid.ldap.sdk.Attribute("cn", "Test " + uid),
                        new com.unboundid.ldap.sdk.Attribute("sn", uid),
                        new com.unboundid.ldap.sdk.Attribute("userPassword", Api.PASSWORD)));
    }

    private static String dnOf(String uid) {
        return "uid=" + uid + ",ou=people," + DirectorySettings.EMBEDDED_BASE_DN;
    }
}
