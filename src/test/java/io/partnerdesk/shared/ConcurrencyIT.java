package io.partnerdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerdesk.organisation.domain.DirectoryUserRepository;
import io.partnerdesk.testsupport.Api;
import io.partnerdesk.testsupport.Demo;
import io.partnerdesk.testsupport.Deployments;
import io.partnerdesk.testsupport.Fixtures;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Things that happen at the same moment: every test releases its threads together with a latch
 * and checks that the end state is one that the same actions one after the other could leave.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrencyIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithTests(ConcurrencyIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    DirectoryUserRepository directoryUsers;

    @Inject
    HttpServletRequest request;

    @Test
    void aRelationshipRequestAcceptedTwiceAtTheSameMomentIsUsedOnce() throws Exception {
        UUID customer = fixtures.customer("Twice Accepted");
        String admin = fixtures.customerAdmin(customer);
        Api api = api();
        String token = api.send("POST", "sam", "api/v1/customers/relationshiprequests", "{\"delegatedAdmin\":true}")
                .json()
                .getString("token");

        List<Api.Response> answers = together(
                2, i -> api.send("POST", admin, "api/v1/customers/relationshiprequests/" + token + "/accept", ""));

        assertThat(answers)
                .as(describe(answers))
                .extracting(Api.Response::status)
                .containsExactlyInAnyOrder(200, 409);
        assertThat(answers.stream()
                        .filter(a -> a.status() == 409)
                        .findFirst()
                        .orElseThrow()
                        .json()
                        .getString("code"))
                .isEqualTo("INVITATION_USED");
    }

    @Test
    void aResellerInvitationAcceptedTwiceAtTheSameMomentIsUsedOnce() throws Exception {
        UUID reseller = fixtures.reseller("Twice Joining");
        String resellerAdmin = fixtures.staff(reseller, "partnerdesk-global-admins");
        Api api = api();
        String token = api.send("POST", "sam", "api/v1/relationships/invitations", "")
                .json()
                .getString("token");

        List<Api.Response> answers = together(
                2, i -> api.send("POST", resellerAdmin, "api/v1/relationships/invitations/" + token + "/accept", ""));

        assertThat(answers)
                .as(describe(answers))
                .extracting(Api.Response::status)
                .containsExactlyInAnyOrder(200, 409);
        assertThat(answers.stream()
                        .filter(a -> a.status() == 409)
                        .findFirst()
                        .orElseThrow()
                        .json()
                        .getString("code"))
                .isEqualTo("INVITATION_USED");
    }

    /**
     * Rule 2 against a give-up at the same moment: whichever comes first, the reseller does not
     * stay the contact of a customer it holds no delegated admin privileges for.
     */
    @Test
    void aContactAssignedWhileDelegatedAdminIsGivenUpNeverOutlivesIt() throws Exception {
        Api api = api();
        for (int round = 0; round < 6; round++) {
            UUID customer = fixtures.customer("Contact Race");
            fixtures.relationship(Demo.CONTOSO, customer, Duration.ofDays(30));
            UUID reseller = fixtures.reseller("Racing Reseller");
            fixtures.partnership(Demo.CONTOSO, reseller, true);
            fixtures.relationship(reseller, customer, Duration.ofDays(30));
            String resellerAdmin = fixtures.staff(reseller, "partnerdesk-global-admins");
            UUID subscription =
                    fixtures.subscription(customer, Demo.BUSINESS_STANDARD, Demo.CONTOSO, null, Demo.CONTOSO);
            String contact = "api/v1/customers/" + customer + "/subscriptions/" + subscription + "/supportcontact";
            // Signed in once before the race, so that both requests spend their time on the race itself.
            assertThat(api.get(resellerAdmin, "api/v1/customers/" + customer).status())
                    .isEqualTo(200);

            List<Api.Response> answers = together(
                    2,
                    i -> i == 0
                            ? api.send("PUT", "alice", contact, "{\"partnerId\":\"" + reseller + "\"}")
                            : api.send(
                                    "PATCH",
                                    resellerAdmin,
                                    "api/v1/customers/" + customer,
                                    "{\"allowDelegatedAccess\":false}"));

            assertThat(answers.get(0).status()).as(answers.get(0).body()).isIn(200, 422);
            assertThat(answers.get(1).status()).as(answers.get(1).body()).isEqualTo(200);
            assertThat(fixtures.supportContactOf(subscription))
                    .as("round " + round)
                    .startsWith("Contoso");
        }
    }

    /** The same account recorded by many requests at once: one record, no failure. */
    @Test
    void anAccountRecordedByManyTransactionsAtOnceIsRecordedOnceWithoutFailures() throws Exception {
        UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");
        ManagedThreadFactory threads = InitialContext.doLookup("java:comp/DefaultManagedThreadFactory");
        String username = "race-" + UUID.randomUUID().toString().substring(0, 8);

        List<Throwable> failures = new CopyOnWriteArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> started = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            boolean signIn = i % 2 == 0;
            Thread thread = threads.newThread(() -> {
                try {
                    start.await();
                    transaction.begin();
                    if (signIn) {
                        directoryUsers.recordSignIn(username, "Race Runner", null, null, null, "", Instant.now());
                    } else {
                        directoryUsers.recordDirectoryEntry(username, "Race Runner", null, null, null, "");
                    }
                    transaction.commit();
                } catch (Throwable failed) {
                    failures.add(failed);
                }
            });
            thread.start();
            started.add(thread);
        }
        start.countDown();
        for (Thread thread : started) {
            thread.join(TimeUnit.SECONDS.toMillis(60));
        }

        assertThat(failures).isEmpty();
        assertThat(directoryUsers.find(username)).isPresent();
    }

    /** A customer admin's first requests, all at once, on an organisation nobody has read yet. */
    @Test
    void theFirstSupportRequestsOpenedAtTheSameMomentAllSucceed() throws Exception {
        UUID customer = fixtures.customer("First Rush");
        fixtures.relationship(Demo.CONTOSO, customer, Duration.ofDays(30));
        String admin = fixtures.customerAdmin(customer);
        UUID subscription = fixtures.subscription(customer, Demo.BUSINESS_STANDARD, Demo.CONTOSO, null, Demo.CONTOSO);
        Api api = api();

        List<Api.Response> answers = together(
                16,
                i -> api.send(
                        "POST",
                        admin,
                        "api/v1/customer/supportrequests",
                        "{\"subscriptionId\":\"" + subscription + "\",\"title\":\"Rush " + i
                                + "\",\"description\":\"Opened with fifteen others.\",\"severity\":\"C\"}"));

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.body()).isEqualTo(201));
    }

    /** A client of the portal's API usable from any thread (the injected one belongs to the test's request). */
    private Api api() throws Exception {
        return new Api(new URL("http://127.0.0.1:" + request.getLocalPort() + request.getContextPath() + "/"));
    }

    private static String describe(List<Api.Response> answers) {
        return answers.stream().map(a -> a.status() + " " + a.body()).toList().toString();
    }

    /** Runs {@code n} calls on as many threads released at the same moment; the answers in call order. */
    private static List<Api.Response> together(int n, IntFunction<Api.Response> call) throws Exception {
        Api.Response[] answers = new Api.Response[n];
        Throwable[] failures = new Throwable[n];
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            Thread thread = new Thread(() -> {
                try {
                    ready.countDown();
                    start.await();
                    answers[index] = call.apply(index);
                } catch (Throwable failed) {
                    failures[index] = failed;
                }
            });
            thread.start();
            threads.add(thread);
        }
        ready.await(30, TimeUnit.SECONDS);
        start.countDown();
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(120));
        }
        for (Throwable failure : failures) {
            if (failure != null) {
                throw new AssertionError("a concurrent call failed", failure);
            }
        }
        return List.of(answers);
    }
}
