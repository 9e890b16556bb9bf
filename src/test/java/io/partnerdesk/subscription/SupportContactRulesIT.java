package io.partnerdesk.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerdesk.customer.application.RelationshipService;
import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.subscription.application.SupportContactService;
import io.partnerdesk.testsupport.Api;
import io.partnerdesk.testsupport.Demo;
import io.partnerdesk.testsupport.Deployments;
import io.partnerdesk.testsupport.Fixtures;
import io.partnerdesk.testsupport.SignedIn;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The business rules 1-5 of docs/domain.md for designated support contacts, through the REST API of
 * the running portal, each on data made for the test.
 */
@ExtendWith(ArquillianExtension.class)
class SupportContactRulesIT {

    private static final Duration TWO_YEARS = Duration.ofDays(730);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithTests(SupportContactRulesIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    Api api;

    @Inject
    RelationshipService relationshipService;

    @Inject
    SupportContactService supportContacts;

    @Inject
    SignedIn signedIn;

    @Inject
    UserTransaction transaction;

    private static String contactPath(UUID customer, UUID subscription) {
        return "api/v1/customers/" + customer + "/subscriptions/" + subscription + "/supportcontact";
    }

    private static String partner(UUID id) {
        return "{\"partnerId\":\"" + id + "\"}";
    }

    @Test
    void rule1ANewSubscriptionIsSupportedByItsProvider() {
        UUID customer = fixtures.customer("Rule One");
        fixtures.relationship(Demo.CONTOSO, customer, null);

        Api.Response created = api.send(
                "POST",
                "sam",
                "api/v1/customers/" + customer + "/subscriptions",
                "{\"productId\":\"" + Demo.E3 + "\",\"quantity\":15,\"resellerId\":\"" + Demo.FABRIKAM + "\"}");

        assertThat(created.status()).isEqualTo(201);
        JsonObject subscription = created.json();
        assertThat(subscription.getJsonObject("supportContact").getString("name"))
                .isEqualTo("Contoso Distribution");
        assertThat(subscription.getJsonObject("reseller").getString("name")).isEqualTo("Fabrikam Solutions");
        assertThat(fixtures.auditCount(subscription.getString("id"), "SUBSCRIPTION_ADDED"))
                .isEqualTo(1);
    }

    @Test
    void rule2TheDemoCandidatesForTailspinsBusinessStandard() {
        String candidates = contactPath(Demo.TAILSPIN, Demo.TAILSPIN_BUSINESS_STANDARD) + "/candidates";

        JsonObject all = api.get("hana", candidates + "?includeIneligible=true").json();

        List<String> lines = all.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(c ->
                        c.getString("name") + ":" + (c.getBoolean("eligible") ? "ELIGIBLE" : c.getString("condition")))
                .toList();
        assertThat(lines.get(0)).isEqualTo("Contoso Distribution:ELIGIBLE");
        assertThat(lines)
                .containsSubsequence(
                        "Contoso Distribution:ELIGIBLE",
                        "Fabrikam Solutions:ELIGIBLE",
                        "Northwind IT:NO_DELEGATED_ADMIN",
                        "Wingtip Partners:PARTNERSHIP_NOT_ACTIVE");
        assertThat(api.get("hana", candidates).json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .map(c -> c.getString("name")))
                .contains("Contoso Distribution", "Fabrikam Solutions")
                .doesNotContain("Northwind IT", "Wingtip Partners");
    }

    @Test
    void rule2AResellerWithPartnershipRelationshipAndDelegatedAdminBecomesTheContact() {
        UUID customer = fixtures.customer("Eligible");
        fixtures.relationship(Demo.CONTOSO, customer, TWO_YEARS);
        fixtures.relationship(Demo.FABRIKAM, customer, TWO_YEARS);
        UUID subscription =
                fixtures.subscription(customer, Demo.BUSINESS_STANDARD, Demo.CONTOSO, Demo.FABRIKAM, Demo.CONTOSO);
        long noticesBefore = fixtures.noticeCount(Demo.FABRIKAM, "notice.supportContactAssigned");

        Api.Response response = api.send("PUT", "hana", contactPath(customer, subscription), partner(Demo.FABRIKAM));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().getString("name")).isEqualTo("Fabrikam Solutions");
        assertThat(fixtures.supportContactOf(subscription)).isEqualTo("Fabrikam Solutions");
        assertThat(fixtures.auditCount(subscription, "SUPPORT_CONTACT_CHANGED")).isEqualTo(1);
        assertThat(fixtures.noticeCount(Demo.FABRIKAM, "notice.supportContactAssigned"))
                .isEqualTo(noticesBefore + 1);
        assertThat(api.get("fiona", contactPath(customer, subscription)).json().getString("name"))
                .isEqualTo("Fabrikam Solutions");
    }

    @Test
    void rule2ARefusalNamesTheFailedConditionAndChangesNothing() {
        UUID customer = fixtures.customer("Refused");
        fixtures.relationship(Demo.CONTOSO, customer, TWO_YEARS);
        fixtures.relationship(Demo.NORTHWIND, customer, null);
        UUID expiring = fixtures.relationship(Demo.FABRIKAM, customer, TWO_YEARS);
        fixtures.expireDelegatedAdmin(expiring);
        UUID subscription = fixtures.subscription(customer, Demo.AZURE_PLAN, Demo.CONTOSO, null, Demo.CONTOSO);
        UUID strangerReseller = fixtures.reseller("Stranger");
        fixtures.partnership(Demo.CONTOSO, strangerReseller, true);
        String path = contactPath(customer, subscription);

        Api.Response noDelegatedAdmin = api.send("PUT", "adam", path, partner(Demo.NORTHWIND));
        Api.Response expired = api.send("PUT", "adam", path, partner(Demo.FABRIKAM));
        Api.Response notActive = api.send("PUT", "adam", path, partner(Demo.WINGTIP));
        Api.Response noRelationship = api.send("PUT", "adam", path, partner(strangerReseller));

        assertThat(List.of(noDelegatedAdmin, expired, notActive, noRelationship))
                .allSatisfy(r -> {
                    assertThat(r.status()).isEqualTo(422);
                    assertThat(r.json().getString("code")).isEqualTo("SUPPORT_CONTACT_NOT_ELIGIBLE");
                });
        assertThat(noDelegatedAdmin.json().getString("message")).contains("Northwind IT", "delegated admin");
        assertThat(expired.json().getString("message")).contains("Fabrikam Solutions", "unexpired delegated admin");
        assertThat(notActive.json().getString("message"))
                .contains("Wingtip Partners", "no active reseller partnership");
        assertThat(noRelationship.json().getString("message")).contains("no active relationship");
        assertThat(noRelationship
                        .json()
                        .getJsonArray("details")
                        .getJsonObject(0)
                        .getString("condition"))
                .isEqualTo("NO_CUSTOMER_RELATIONSHIP");
        assertThat(fixtures.supportContactOf(subscription)).isEqualTo("Contoso Distribution");
        assertThat(fixtures.auditCount(subscription, "SUPPORT_CONTACT_CHANGED")).isZero();
    }

    @Test
    void rule2OnTheDemoDataNorthwindAndWingtipAreRefusedWithTheFailedCondition() {
        String path = contactPath(Demo.TAILSPIN, Demo.TAILSPIN_BUSINESS_STANDARD);
        String contactBefore = api.get("hana", path).json().getString("name");

        Api.Response northwind = api.send("PUT", "hana", path, partner(Demo.NORTHWIND));
        Api.Response wingtip = api.send("PUT", "hana", path, partner(Demo.WINGTIP));

        assertThat(northwind.status()).isEqualTo(422);
        assertThat(northwind.json().getJsonArray("details").getJsonObject(0).getString("condition"))
                .isEqualTo("NO_DELEGATED_ADMIN");
        assertThat(wingtip.status()).isEqualTo(422);
        assertThat(wingtip.json().getJsonArray("details").getJsonObject(0).getString("condition"))
                .isEqualTo("PARTNERSHIP_NOT_ACTIVE");
        assertThat(api.get("hana", path).json().getString("name")).isEqualTo(contactBefore);
    }

    @Test
    void anotherProvidersResellerIsNeitherACandidateNorAssignable() {
        UUID otherProvider = fixtures.provider("Other Provider");
        UUID theirReseller = fixtures.reseller("Their Reseller");
        fixtures.partnership(otherProvider, theirReseller, true);
        UUID customer = fixtures.customer("Shared Customer");
        fixtures.relationship(Demo.CONTOSO, customer, TWO_YEARS);
        fixtures.relationship(theirReseller, customer, TWO_YEARS);
        UUID subscription = fixtures.subscription(customer, Demo.E3, Demo.CONTOSO, null, Demo.CONTOSO);
        String path = contactPath(customer, subscription);

        List<String> candidates =
                api.get("hana", path + "/candidates?includeIneligible=true").json().getJsonArray("items").stream()
                        .map(c -> c.asJsonObject().getString("name"))
                        .toList();
        Api.Response assign = api.send("PUT", "hana", path, partner(theirReseller));

        assertThat(candidates).contains("Contoso Distribution").doesNotContain(fixtures.partnerName(theirReseller));
        assertThat(assign.status()).isEqualTo(404);
        assertThat(assign.body()).doesNotContain(fixtures.partnerName(theirReseller));
        assertThat(fixtures.supportContactOf(subscription)).isEqualTo("Contoso Distribution");
    }

    @Test
    void aResellersStaffSeeNoOtherResellerAmongTheCandidates() {
        String candidates =
                contactPath(Demo.TAILSPIN, Demo.TAILSPIN_BUSINESS_STANDARD) + "/candidates?includeIneligible=true";

        for (String resellerStaff : List.of("felix", "fiona")) {
            Api.Response answer = api.get(resellerStaff, candidates);

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                            .map(c -> c.getString("name")))
                    .as("what %s sees", resellerStaff)
                    .containsExactly("Contoso Distribution", "Fabrikam Solutions");
            assertThat(answer.body()).doesNotContain("Northwind IT", "Wingtip Partners");
        }
    }

    @Test
    void aChangeCommittedByAnotherPersonWhileThisOneWasUnderWayIsReportedAsStale() throws Exception {
        UUID customer = fixtures.customer("Crossing Saves");
        fixtures.relationship(Demo.CONTOSO, customer, TWO_YEARS);
        fixtures.relationship(Demo.FABRIKAM, customer, TWO_YEARS);
        UUID subscription = fixtures.subscription(customer, Demo.E3, Demo.CONTOSO, null, Demo.CONTOSO);
        signedIn.as("hana");

        transaction.begin();
        try {
            // hana's save reads the subscription; alice's change commits before hana's is written.
            supportContacts.get(customer, subscription);
            assertThat(api.send(
                                    "PATCH",
                                    "alice",
                                    "api/v1/customers/" + customer + "/subscriptions/" + subscription,
                                    "{\"quantity\":11}")
                            .status())
                    .isEqualTo(200);

            assertThatThrownBy(() -> supportContacts.assign(customer, subscription, Demo.FABRIKAM, null))
                    .isInstanceOfSatisfying(BusinessException.class, stale -> assertThat(stale.code())
                            .isEqualTo("STALE_VERSION"));
        } finally {
            transaction.rollback();
        }
        assertThat(fixtures.supportContactOf(subscription)).isEqualTo("Contoso Distribution");
        assertThat(api.get("hana", "api/v1/customers/" + customer + "/subscriptions/" + subscription)
                        .json()
                        .getInt("quantity"))
                .isEqualTo(11);
    }

    @Test
    void rule3TheResellerRemovingItsRelationshipSendsItsSubscriptionsBackToTheProvider() {
        UUID customer = fixtures.customer("Removed Reseller");
        fixtures.relationship(Demo.CONTOSO, customer, TWO_YEARS);
        fixtures.relationship(Demo.FABRIKAM, customer, TWO_YEARS);
        UUID subscription = fixtures.subscription(customer, Demo.AZURE_PLAN, Demo.CONTOSO, null, Demo.FABRIKAM);

        Api.Response removed =
                api.send("PATCH", "fiona", "api/v1/customers/" + customer, "{\"relationshipToPartner\":\"none\"}");

        assertThat(removed.status()).isEqualTo(200);
        assertThat(fixtures.supportContactOf(subscription)).isEqualTo("Contoso Distribution");
        assertThat(fixtures.auditCount(subscription, "SUPPORT_CONTACT_REVERTED"))
                .isEqualTo(1);
    }

    @Test
    void rule3GivingUpDelegatedAdminSendsTheResellersSubscriptionsBackToTheProvider() {
        UUID customer = fixtures.customer("Give Up");
        fixtures.relationship(Demo.CONTOSO, customer, TWO_YEARS);
        fixtures.relationship(Demo.FABRIKAM, customer, TWO_YEARS);
        UUID supported =
                fixtures.subscription(customer, Demo.BUSINESS_STANDARD, Demo.CONTOSO, Demo.FABRIKAM, Demo.FABRIKAM);
        UUID alsoSupported = fixtures.subscription(customer, Demo.E3, Demo.CONTOSO, null, Demo.FABRIKAM);

        Api.Response response =
                api.send("PATCH", "fiona", "api/v1/customers/" + customer, "{\"allowDelegatedAccess\":false}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().getJsonObject("relationship").getBoolean("delegatedAdmin"))
                .isFalse();
        assertThat(fixtures.supportContactOf(supported)).isEqualTo("Contoso Distribution");
        assertThat(fixtures.supportContactOf(alsoSupported)).isEqualTo("Contoso Distribution");
        assertThat(fixtures.auditCount(supported, "SUPPORT_CONTACT_REVERTED")).isEqualTo(1);
        assertThat(fixtures.auditCount(alsoSupported, "SUPPORT_CONTACT_REVERTED"))
                .isEqualTo(1);
    }

    @Test
    void rule3TheCustomerTakingDelegatedAdminAwayRevertsToo() {
        UUID customer = fixtures.customer("Taken Away");
        fixtures.relationship(Demo.CONTOSO, customer, TWO_YEARS);
        fixtures.relationship(Demo.FABRIKAM, customer, TWO_YEARS);
        UUID subscription = fixtures.subscription(customer, Demo.E3, Demo.CONTOSO, Demo.FABRIKAM, Demo.FABRIKAM);
        String admin = fixtures.customerAdmin(customer);
        long noticesBefore = fixtures.noticeCount(Demo.CONTOSO, "notice.supportContactReverted");

        Api.Response response = api.send(
                "PATCH", admin, "api/v1/customer/partners/" + Demo.FABRIKAM, "{\"allowDelegatedAccess\":false}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(fixtures.supportContactOf(subscription)).isEqualTo("Contoso Distribution");
        assertThat(fixtures.noticeCount(Demo.CONTOSO, "notice.supportContactReverted"))
                .isEqualTo(noticesBefore + 1);
    }

    @Test
    void rule3EndingThePartnershipRevertsEveryCustomersSubscriptions() {
        UUID reseller = fixtures.reseller("Ending");
        fixtures.partnership(Demo.CONTOSO, reseller, true);
        UUID first = fixtures.customer("Ending A");
        UUID second = fixtures.customer("Ending B");
        for (UUID customer : List.of(first, second)) {
            fixtures.relationship(Demo.CONTOSO, customer, TWO_YEARS);
            fixtures.relationship(reseller, customer, TWO_YEARS);
        }
        UUID a = fixtures.subscription(first, Demo.E3, Demo.CONTOSO, reseller, reseller);
        UUID b = fixtures.subscription(second, Demo.AZURE_PLAN, Demo.CONTOSO, null, reseller);

        Api.Response ended = api.send("DELETE", "alice", "api/v1/relationships/" + reseller, "");

        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.json().getInt("revertedSubscriptions")).isEqualTo(2);
        assertThat(fixtures.supportContactOf(a)).isEqualTo("Contoso Distribution");
        assertThat(fixtures.supportContactOf(b)).isEqualTo("Contoso Distribution");
    }

    @Test
    void rule3ExpiredDelegatedAdminIsEndedByTheExpiryCheck() {
        UUID customer = fixtures.customer("Expiry");
        fixtures.relationship(Demo.CONTOSO, customer, TWO_YEARS);
        UUID fabrikam = fixtures.relationship(Demo.FABRIKAM, customer, TWO_YEARS);
        UUID subscription = fixtures.subscription(customer, Demo.E3, Demo.CONTOSO, null, Demo.FABRIKAM);
        fixtures.expireDelegatedAdmin(fabrikam);

        assertThat(relationshipService.expireDelegatedAdmin(1000)).isGreaterThanOrEqualTo(1);

        assertThat(fixtures.supportContactOf(subscription)).isEqualTo("Contoso Distribution");
        assertThat(fixtures.auditCount(fabrikam, "DELEGATED_ADMIN_EXPIRED")).isEqualTo(1);
    }

    @Test
    void rule4ActiveSubscriptionsBlockRemovingTheRelationshipAndAreListed() {
        UUID customer = fixtures.customer("Blocked");
        fixtures.relationship(Demo.CONTOSO, customer, null);
        UUID subscription = fixtures.subscription(customer, Demo.EXCHANGE_PLAN_1, Demo.CONTOSO, null, Demo.CONTOSO);
        String remove = "{\"relationshipToPartner\":\"none\"}";

        Api.Response refused = api.send("PATCH", "alice", "api/v1/customers/" + customer, remove);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().getString("code")).isEqualTo("ACTIVE_SUBSCRIPTIONS_BLOCK_REMOVAL");
        assertThat(refused.json().getString("message")).contains("Exchange Online (Plan 1)");
        assertThat(refused.json().getJsonArray("details").getJsonObject(0).getString("subscriptionId"))
                .isEqualTo(subscription.toString());
        assertThat(api.get("alice", "api/v1/customers/" + customer).status()).isEqualTo(200);

        api.send(
                "PATCH",
                "alice",
                "api/v1/customers/" + customer + "/subscriptions/" + subscription,
                "{\"status\":\"SUSPENDED\"}");
        Api.Response removed = api.send("PATCH", "alice", "api/v1/customers/" + customer, remove);

        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().getJsonObject("relationship").getString("state"))
                .isEqualTo("REMOVED");
        assertThat(api.get("alice", "api/v1/customers/" + customer).status()).isEqualTo(404);
    }

    @Test
    void rule5TheCustomerSeesTheDesignatedContactsOffering() {
        UUID customer = fixtures.customer("Rule Five");
        fixtures.relationship(Demo.CONTOSO, customer, TWO_YEARS);
        fixtures.relationship(Demo.FABRIKAM, customer, TWO_YEARS);
        UUID subscription =
                fixtures.subscription(customer, Demo.BUSINESS_STANDARD, Demo.CONTOSO, Demo.FABRIKAM, Demo.CONTOSO);
        String admin = fixtures.customerAdmin(customer);
        api.send("PUT", "alice", contactPath(customer, subscription), partner(Demo.FABRIKAM));

        JsonObject contacts = api.get(admin, "api/v1/customer/supportcontacts").json();

        assertThat(contacts.getInt("totalCount")).isEqualTo(1);
        JsonObject contact = contacts.getJsonArray("items").getJsonObject(0).getJsonObject("contact");
        assertThat(contact.getString("name")).isEqualTo("Fabrikam Solutions");
        assertThat(contact.getString("email")).isEqualTo("helpdesk@fabrikam.example");
        assertThat(contact.getString("serviceHours")).contains("Europe/London");
    }

    @Test
    void aStaleIfMatchIsRefusedWith412AndChangesNothing() {
        UUID customer = fixtures.customer("Stale");
        fixtures.relationship(Demo.CONTOSO, customer, TWO_YEARS);
        fixtures.relationship(Demo.FABRIKAM, customer, TWO_YEARS);
        UUID subscription = fixtures.subscription(customer, Demo.E3, Demo.CONTOSO, null, Demo.CONTOSO);
        String path = contactPath(customer, subscription);
        String etag = api.get("hana", path).header("ETag");
        api.send(
                "PATCH",
                "alice",
                "api/v1/customers/" + customer + "/subscriptions/" + subscription,
                "{\"quantity\":11}");

        Api.Response stale = api.send("PUT", "hana", path, partner(Demo.FABRIKAM), etag);

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().getString("code")).isEqualTo("STALE_VERSION");
        assertThat(fixtures.supportContactOf(subscription)).isEqualTo("Contoso Distribution");

        String fresh = api.get("hana", path).header("ETag");
        assertThat(api.send("PUT", "hana", path, partner(Demo.FABRIKAM), fresh).status())
                .isEqualTo(200);
    }

    @Test
    void bulkAssignmentShowsADryRunAndThenAppliesOnlyWhatIsAllowed() {
        UUID eligibleCustomer = fixtures.customer("Bulk Yes");
        fixtures.relationship(Demo.CONTOSO, eligibleCustomer, TWO_YEARS);
        fixtures.relationship(Demo.FABRIKAM, eligibleCustomer, TWO_YEARS);
        UUID refusedCustomer = fixtures.customer("Bulk No");
        fixtures.relationship(Demo.CONTOSO, refusedCustomer, TWO_YEARS);
        UUID changes = fixtures.subscription(eligibleCustomer, Demo.E3, Demo.CONTOSO, null, Demo.CONTOSO);
        UUID stays = fixtures.subscription(eligibleCustomer, Demo.AZURE_PLAN, Demo.CONTOSO, null, Demo.FABRIKAM);
        UUID refused = fixtures.subscription(refusedCustomer, Demo.E3, Demo.CONTOSO, null, Demo.CONTOSO);
        String body = "{\"subscriptionIds\":[\"" + changes + "\",\"" + stays + "\",\"" + refused
                + "\"],\"partnerId\":\"" + Demo.FABRIKAM + "\",\"dryRun\":%s}";

        JsonObject dryRun = api.send("POST", "hana", "api/v1/supportcontacts/bulk", body.formatted("true"))
                .json();

        assertThat(outcomes(dryRun)).containsExactly("CHANGED", "UNCHANGED", "REFUSED");
        assertThat(fixtures.supportContactOf(changes)).isEqualTo("Contoso Distribution");

        JsonObject applied = api.send("POST", "hana", "api/v1/supportcontacts/bulk", body.formatted("false"))
                .json();

        assertThat(outcomes(applied)).containsExactly("CHANGED", "UNCHANGED", "REFUSED");
        assertThat(applied.getJsonArray("items").getJsonObject(2).getString("reason"))
                .contains("no active relationship");
        assertThat(fixtures.supportContactOf(changes)).isEqualTo("Fabrikam Solutions");
        assertThat(fixtures.supportContactOf(refused)).isEqualTo("Contoso Distribution");
    }

    private static List<String> outcomes(JsonObject result) {
        return result.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("outcome"))
                .toList();
    }
}
