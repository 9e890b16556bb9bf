package io.partnerdesk.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.sdk.Entry;
import io.partnerdesk.audit.application.AuditService;
import io.partnerdesk.customer.application.CustomerService;
import io.partnerdesk.organisation.application.AccountService;
import io.partnerdesk.testsupport.Api;
import io.partnerdesk.testsupport.Deployments;
import io.partnerdesk.testsupport.SignedIn;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
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

    @Inject
    SignInThrottle throttle;

    @PersistenceContext
    EntityManager em;

    @ArquillianResource
    URL base;

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

    @Test
    void anEmptyPasswordIsAWrongPasswordNotAnUnavailableDirectory() {
        Api.Response response = new Api(base).getWithPassword("alice", "", "api/v1/me");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().getString("code")).isEqualTo("UNAUTHENTICATED");
        assertThatThrownBy(() -> signInService.signIn(new UsernamePasswordCredential("alice", "")))
                .isInstanceOfSatisfying(SignInRefused.class, refused -> assertThat(refused.reason())
                        .isEqualTo(SignInRefused.Reason.INVALID_CREDENTIALS));
    }

    @Test
    void anUnknownNameAndAWrongPasswordGetTheSameAnswer() {
        Api api = new Api(base);
        Api.Response unknown = api.getWithPassword("mallory-" + UUID.randomUUID(), "Passw0rd!x", "api/v1/me");
        Api.Response wrong = api.getWithPassword("hana", "Passw0rd!x", "api/v1/me");

        assertThat(unknown.status()).isEqualTo(wrong.status()).isEqualTo(401);
        assertThat(unknown.body()).isEqualTo(wrong.body());
    }

    @Test
    void otherSpellingsOfANameAreTheSamePerson() {
        for (String typed : List.of("ALICE", " alice", "Alice ")) {
            assertThat(signInService
                            .signIn(new UsernamePasswordCredential(typed, Api.PASSWORD))
                            .username())
                    .as(typed)
                    .isEqualTo("alice");
            Api.Response me = new Api(base).getWithPassword(typed, Api.PASSWORD, "api/v1/me");
            assertThat(me.status()).as(typed).isEqualTo(200);
            assertThat(me.json().getString("username")).as(typed).isEqualTo("alice");
        }
        assertThat(em.createQuery("SELECT COUNT(u) FROM DirectoryUser u WHERE LOWER(u.username) = 'alice'", Long.class)
                        .getSingleResult())
                .isEqualTo(1L);
    }

    @Test
    void filterSyntaxInANameSignsNobodyIn() {
        for (String typed : List.of("*", "al*", "alice)(uid=*", "*)(|(uid=*", "alice,ou=people", "alice\\")) {
            assertThatThrownBy(() -> signInService.signIn(new UsernamePasswordCredential(typed, Api.PASSWORD)))
                    .as(typed)
                    .isInstanceOfSatisfying(SignInRefused.class, refused -> assertThat(refused.reason())
                            .isEqualTo(SignInRefused.Reason.INVALID_CREDENTIALS));
        }
    }

    @Test
    void repeatedWrongPasswordsAreHeldBackWithRetryAfterAndRecordedForTheOperator() throws Exception {
        String uid = "guessed-" + UUID.randomUUID().toString().substring(0, 8);
        addPerson(uid);
        Api api = new Api(base);
        SignInThrottle.Limits limits = throttle.limits();
        throttle.use(limits);
        try {
            for (int i = 0; i < limits.failuresPerAccountAddress(); i++) {
                assertThat(api.getWithPassword(uid, "tried-" + i, "api/v1/me").status())
                        .isEqualTo(401);
            }

            Api.Response held = api.getWithPassword(uid, "tried-next", "api/v1/me");
            assertThat(held.status()).isEqualTo(429);
            assertThat(held.json().getString("code")).isEqualTo("TOO_MANY_SIGN_IN_ATTEMPTS");
            assertThat(Long.parseLong(held.header("Retry-After"))).isPositive();
            // Held back before the directory is asked: even the right password waits.
            assertThat(api.getWithPassword(uid.toUpperCase(java.util.Locale.ROOT), Api.PASSWORD, "api/v1/me")
                            .status())
                    .isEqualTo(429);
        } finally {
            throttle.use(limits);
        }

        Api.Response audit = api.get("alice", "api/v1/auditrecords?filter=" + uid + "&size=50");
        assertThat(audit.status()).isEqualTo(200);
        List<jakarta.json.JsonObject> records = audit.json().getJsonArray("items").stream()
                .map(jakarta.json.JsonValue::asJsonObject)
                .filter(r -> r.getString("action").equals(SignInFailures.ACTION))
                .toList();
        assertThat(records).hasSize(limits.failuresPerAccountAddress() + 2);
        assertThat(records).allSatisfy(r -> assertThat(r.getString("actor")).isEqualToIgnoringCase(uid));
        assertThat(records)
                .extracting(r -> r.getString("newValue"))
                .anySatisfy(v -> assertThat(v).contains("Wrong name or password", "127.0.0.1"))
                .anySatisfy(v -> assertThat(v).contains("Held back"))
                .noneSatisfy(v -> assertThat(v).containsIgnoringCase("tried-"))
                .noneSatisfy(v -> assertThat(v).contains(Api.PASSWORD));
        assertThat(api.get("fiona", "api/v1/auditrecords?filter=" + uid).json().getInt("totalCount"))
                .isZero();
    }

    @Test
    void anUnknownNameTakesAsLongAsAKnownNameWithAWrongPassword() {
        Api api = new Api(base);
        SignInThrottle.Limits limits = throttle.limits();
        // Forty wrong passwords from one address would be held back; the answer times are measured here.
        throttle.use(new SignInThrottle.Limits(
                Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, Duration.ofSeconds(1), Duration.ofSeconds(1)));
        try {
            // A machine busy with other work can skew one series of answers; a real difference (an
            // unknown name answered without its bind) shows in every series, so three are allowed.
            List<String> series = new ArrayList<>();
            for (int attempt = 0; attempt < 3; attempt++) {
                List<Long> known = new ArrayList<>();
                List<Long> unknown = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    long a = timed(() -> api.getWithPassword("hana", "wrong-password", "api/v1/me"));
                    long b = timed(
                            () -> api.getWithPassword("nobody-" + UUID.randomUUID(), "wrong-password", "api/v1/me"));
                    if (i >= 10) {
                        known.add(a);
                        unknown.add(b);
                    }
                }
                double ratio = (double) median(unknown) / median(known);
                series.add(String.format("unknown %d ns / known %d ns = %.3f", median(unknown), median(known), ratio));
                if (ratio >= 0.9 && ratio <= 1.1) {
                    return;
                }
            }
            throw new AssertionError("An unknown name and a known one with a wrong password differ by more than 10 %"
                    + " in every series: " + series);
        } finally {
            throttle.use(limits);
        }
    }

    private static long timed(Runnable signIn) {
        long start = System.nanoTime();
        signIn.run();
        return System.nanoTime() - start;
    }

    private static long median(List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
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
