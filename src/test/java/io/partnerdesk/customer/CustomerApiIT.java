package io.partnerdesk.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerdesk.audit.application.AuditLog;
import io.partnerdesk.testsupport.Api;
import io.partnerdesk.testsupport.Demo;
import io.partnerdesk.testsupport.Deployments;
import io.partnerdesk.testsupport.Fixtures;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Customers, relationships and partnerships through the REST API: isolation between organisations,
 * who may do what, bad input, invitation links, and the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
class CustomerApiIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithTests(CustomerApiIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    Api api;

    @Inject
    AuditLog auditLog;

    @Inject
    UserTransaction transaction;

    @Test
    void staffSeeOnlyTheCustomersTheirOrganisationIsRelatedTo() {
        List<String> contoso =
                names(api.get("hana", "api/v1/customers?size=500").json());
        List<String> northwind =
                names(api.get("ned", "api/v1/customers?size=500").json());

        assertThat(contoso).contains("Tailspin Toys", "Adventure Works", "Litware Inc");
        assertThat(northwind).contains("Tailspin Toys", "Adventure Works").doesNotContain("Litware Inc");
    }

    @Test
    void anotherOrganisationsCustomerAnswers404ExactlyLikeOneThatDoesNotExist() {
        Api.Response foreign = api.get("ned", "api/v1/customers/" + Demo.LITWARE);
        Api.Response missing = api.get("ned", "api/v1/customers/" + UUID.randomUUID());

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(foreign.json().getString("code")).isEqualTo(missing.json().getString("code"));
        assertThat(api.get("ned", "api/v1/customers/" + Demo.LITWARE + "/subscriptions")
                        .status())
                .isEqualTo(404);
        assertThat(api.get(
                                "felix",
                                "api/v1/customers/" + Demo.LITWARE + "/subscriptions/" + Demo.LITWARE_EXCHANGE
                                        + "/supportcontact")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aResellerSeesOnlyTheSubscriptionsItResellsOrSupportsAndCannotChangeTheirContact() {
        JsonObject felixView = api.get("felix", "api/v1/customers/" + Demo.TAILSPIN + "/subscriptions")
                .json();

        assertThat(felixView.getInt("totalCount")).isEqualTo(1);
        assertThat(felixView.getJsonArray("items").getJsonObject(0).getString("offerName"))
                .isEqualTo("Microsoft 365 Business Standard");

        Api.Response refused = api.send(
                "PUT",
                "felix",
                "api/v1/customers/" + Demo.TAILSPIN + "/subscriptions/" + Demo.TAILSPIN_BUSINESS_STANDARD
                        + "/supportcontact",
                "{\"partnerId\":\"" + Demo.FABRIKAM + "\"}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().getString("code")).isEqualTo("NOT_THE_PROVIDER");
    }

    @Test
    void aCustomerAdminReachesOnlyTheCustomerSideOfTheApi() {
        assertThat(api.get("tom", "api/v1/customers").status()).isEqualTo(403);
        assertThat(api.get("tom", "api/v1/customers/" + Demo.TAILSPIN).status()).isEqualTo(403);

        JsonObject contacts = api.get("tom", "api/v1/customer/supportcontacts").json();
        assertThat(contacts.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .map(i -> i.getString("offerName")))
                .containsExactlyInAnyOrder("Microsoft 365 Business Standard", "Azure plan");

        assertThat(api.get("hana", "api/v1/customer/supportcontacts").status()).isEqualTo(403);
    }

    @Test
    void eachRoleMayDoExactlyWhatTheTableAllows() {
        String newCustomer = "{\"companyName\":\"Role Check %s\",\"domain\":\"rc%s.example\",\"country\":\"TR\"}";
        String unique = UUID.randomUUID().toString().substring(0, 8);

        assertThat(api.send("POST", "hana", "api/v1/customers", newCustomer.formatted(unique, unique))
                        .status())
                .isEqualTo(403);
        assertThat(api.send("POST", "uma", "api/v1/customers", newCustomer.formatted(unique, unique))
                        .status())
                .isEqualTo(403);
        assertThat(api.send("POST", "sam", "api/v1/customers", newCustomer.formatted(unique, unique))
                        .status())
                .isEqualTo(201);

        UUID customer = fixtures.customer("Roles");
        fixtures.relationship(Demo.CONTOSO, customer, Duration.ofDays(30));
        String remove = "{\"relationshipToPartner\":\"none\"}";
        assertThat(api.send("PATCH", "adam", "api/v1/customers/" + customer, remove)
                        .status())
                .isEqualTo(403);
        assertThat(api.send("PATCH", "uma", "api/v1/customers/" + customer, "{\"allowDelegatedAccess\":false}")
                        .status())
                .isEqualTo(403);
        assertThat(api.send("PATCH", "adam", "api/v1/customers/" + customer, "{\"allowDelegatedAccess\":false}")
                        .status())
                .isEqualTo(200);

        assertThat(api.send("DELETE", "hana", "api/v1/relationships/" + Demo.FABRIKAM, "")
                        .status())
                .isEqualTo(403);
        assertThat(api.send("POST", "hana", "api/v1/relationships/invitations", "")
                        .status())
                .isEqualTo(403);
        assertThat(api.get("hana", "api/v1/auditrecords").status()).isEqualTo(403);
        assertThat(api.get("uma", "api/v1/auditrecords").status()).isEqualTo(200);
    }

    @Test
    void badInputGetsAClearJsonErrorAndChangesNothing() {
        UUID customer = fixtures.customer("Bad Input");
        fixtures.relationship(Demo.CONTOSO, customer, null);
        String subscriptions = "api/v1/customers/" + customer + "/subscriptions";

        Api.Response malformed = api.send("POST", "alice", subscriptions, "{\"productId\": ");
        Api.Response negative =
                api.send("POST", "alice", subscriptions, "{\"productId\":\"" + Demo.E3 + "\",\"quantity\":-3}");
        Api.Response unknownProduct = api.send(
                "POST", "alice", subscriptions, "{\"productId\":\"" + UUID.randomUUID() + "\",\"quantity\":3}");
        Api.Response wrongType =
                api.send("POST", "alice", subscriptions, "{\"productId\":\"" + Demo.E3 + "\",\"quantity\":\"many\"}");

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().getString("code")).isEqualTo("MALFORMED_REQUEST");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().getString("code")).isEqualTo("VALIDATION_FAILED");
        assertThat(negative.json().getJsonArray("details").getJsonObject(0).getString("field"))
                .isEqualTo("quantity");
        assertThat(unknownProduct.status()).isEqualTo(404);
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(api.get("alice", subscriptions).json().getInt("totalCount")).isZero();

        UUID subscription = fixtures.subscription(customer, Demo.E3, Demo.CONTOSO, null, Demo.CONTOSO);
        Api.Response wrongEnum =
                api.send("PATCH", "alice", subscriptions + "/" + subscription, "{\"status\":\"PAUSED\"}");
        assertThat(wrongEnum.status()).isEqualTo(400);
        assertThat(wrongEnum.header("Content-Type")).startsWith("application/json");
        assertThat(api.get("alice", "api/v1/customers?size=501").status()).isEqualTo(400);
        assertThat(api.get("alice", "api/v1/customers/not-a-uuid").status()).isEqualTo(404);
        assertThat(api.send(
                                "POST",
                                "alice",
                                "api/v1/customers",
                                "{\"companyName\":\"\",\"domain\":\"not a domain\",\"country\":\"XX\"}")
                        .json()
                        .getJsonArray("details"))
                .hasSize(2);
    }

    @Test
    void theCustomerListIsPagedAndFilteredInTheDatabase() {
        String tag = "Paging" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 3; i++) {
            fixtures.relationship(Demo.CONTOSO, fixtures.customer(tag), null);
        }

        JsonObject firstPage = api.get("hana", "api/v1/customers?filter=" + tag.toLowerCase() + "&size=2")
                .json();
        JsonObject secondPage = api.get("hana", "api/v1/customers?filter=" + tag.toUpperCase() + "&size=2&offset=2")
                .json();

        assertThat(firstPage.getInt("totalCount")).isEqualTo(3);
        assertThat(firstPage.getJsonArray("items")).hasSize(2);
        assertThat(secondPage.getJsonArray("items")).hasSize(1);
        assertThat(api.get("ned", "api/v1/customers?filter=" + tag).json().getInt("totalCount"))
                .isZero();
    }

    @Test
    void aCustomerAdminAcceptsARelationshipRequestOnceAndItCannotBeReused() {
        UUID customer = fixtures.customer("Invited");
        String admin = fixtures.customerAdmin(customer);

        JsonObject link = api.send(
                        "POST", "fiona", "api/v1/customers/relationshiprequests", "{\"delegatedAdmin\":true}")
                .json();
        assertThat(link.getString("url")).contains("/my/accept.xhtml?token=" + link.getString("token"));

        Api.Response accepted = api.send(
                "POST", admin, "api/v1/customers/relationshiprequests/" + link.getString("token") + "/accept", "");

        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().getString("state")).isEqualTo("ACTIVE");
        assertThat(accepted.json().getBoolean("delegatedAdmin")).isTrue();
        JsonObject seenByFabrikam =
                api.get("felix", "api/v1/customers/" + customer).json();
        assertThat(seenByFabrikam.getJsonObject("relationship").getBoolean("delegatedAdmin"))
                .isTrue();

        Api.Response again = api.send(
                "POST", admin, "api/v1/customers/relationshiprequests/" + link.getString("token") + "/accept", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().getString("code")).isEqualTo("INVITATION_USED");
        assertThat(api.send("POST", admin, "api/v1/customers/relationshiprequests/not-a-token/accept", "")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aResellerAcceptsAProvidersInvitationAndTheProviderSeesItActive() {
        UUID reseller = fixtures.reseller("Joining");
        String resellerAdmin = fixtures.staff(reseller, "partnerdesk-global-admins");

        JsonObject link =
                api.send("POST", "sam", "api/v1/relationships/invitations", "").json();
        Api.Response accepted = api.send(
                "POST", resellerAdmin, "api/v1/relationships/invitations/" + link.getString("token") + "/accept", "");

        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().getJsonObject("partner").getString("name")).isEqualTo("Contoso Distribution");
        JsonObject resellers = api.get("alice", "api/v1/relationships?relationship_type=indirect_reseller")
                .json();
        assertThat(resellers.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .filter(p -> p.getJsonObject("partner").getString("id").equals(reseller.toString()))
                        .map(p -> p.getString("state")))
                .containsExactly("ACTIVE");
        assertThat(api.send("POST", "fiona", "api/v1/relationships/invitations", "")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aProviderRegistersANewResellerWhoseStaffSignInAndAcceptTheInvitation() {
        String group = "org-newcomer-" + UUID.randomUUID().toString().substring(0, 8);
        String mpnId = String.valueOf(1_000_000 + new java.util.Random().nextInt(8_999_999));
        String body = "{\"reseller\":{\"name\":\"Newcomer IT\",\"mpnId\":\"" + mpnId + "\",\"directoryGroup\":\""
                + group + "\"}}";
        String newcomerAdmin = fixtures.memberOfNewGroup(group, "partnerdesk-global-admins");

        Api.Response invited = api.send("POST", "alice", "api/v1/relationships/invitations", body);

        assertThat(invited.status()).isEqualTo(201);
        assertThat(resellerStates(mpnId)).containsExactly("INVITED");
        String token = invited.json().getString("token");
        assertThat(api.send("POST", "fiona", "api/v1/relationships/invitations/" + token + "/accept", "")
                        .status())
                .as("an invitation naming a reseller is for that reseller only")
                .isEqualTo(403);
        assertThat(api.get(newcomerAdmin, "api/v1/me")
                        .json()
                        .getJsonObject("partner")
                        .getString("name"))
                .isEqualTo("Newcomer IT");
        assertThat(api.send("POST", newcomerAdmin, "api/v1/relationships/invitations/" + token + "/accept", "")
                        .status())
                .isEqualTo(200);
        assertThat(resellerStates(mpnId)).containsExactly("ACTIVE");

        Api.Response sameGroup = api.send(
                "POST", "alice", "api/v1/relationships/invitations", body.replace(mpnId, "99" + mpnId.substring(0, 6)));
        Api.Response badMpnId =
                api.send("POST", "alice", "api/v1/relationships/invitations", body.replace(mpnId, "12-34"));
        assertThat(sameGroup.status()).isEqualTo(409);
        assertThat(sameGroup.json().getString("code")).isEqualTo("DIRECTORY_GROUP_TAKEN");
        assertThat(badMpnId.status()).isEqualTo(400);
        assertThat(fixtures.auditCount("RESELLER_REGISTERED")).isPositive();
    }

    @Test
    void aCustomerAddedWithItsDirectoryGroupHasAdminsWhoCanSignIn() {
        String group = "org-tenant-" + UUID.randomUUID().toString().substring(0, 8);
        String domain = group + ".example.com";
        String admin = fixtures.memberOfNewGroup(group, "partnerdesk-customer-admins");

        Api.Response added = api.send(
                "POST",
                "sam",
                "api/v1/customers",
                "{\"companyName\":\"Tenant With Group\",\"domain\":\"" + domain
                        + "\",\"country\":\"TR\",\"directoryGroup\":\"" + group + "\"}");

        assertThat(added.status()).isEqualTo(201);
        JsonObject me = api.get(admin, "api/v1/me").json();
        assertThat(me.getJsonObject("customer").getString("companyName")).isEqualTo("Tenant With Group");
        Api.Response taken = api.send(
                "POST",
                "sam",
                "api/v1/customers",
                "{\"companyName\":\"Second\",\"domain\":\"second-" + domain
                        + "\",\"country\":\"TR\",\"directoryGroup\":\"org-contoso\"}");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().getString("code")).isEqualTo("DIRECTORY_GROUP_TAKEN");
        assertThat(names(api.get("sam", "api/v1/customers?filter=second-" + domain)
                        .json()))
                .isEmpty();
    }

    private List<String> resellerStates(String mpnId) {
        return api
                .get("alice", "api/v1/relationships?relationship_type=indirect_reseller")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(p -> mpnId.equals(p.getJsonObject("partner").getString("mpnId")))
                .map(p -> p.getString("state"))
                .toList();
    }

    @Test
    void everyChangeIsAuditedWithWhoWhatAndOldAndNewValues() {
        UUID customer = fixtures.customer("Audited");
        fixtures.relationship(Demo.CONTOSO, customer, null);
        UUID subscription = fixtures.subscription(customer, Demo.E3, Demo.CONTOSO, null, Demo.CONTOSO);
        api.send(
                "PATCH",
                "adam",
                "api/v1/customers/" + customer + "/subscriptions/" + subscription,
                "{\"quantity\":42}");

        JsonObject audit =
                api.get("uma", "api/v1/customers/" + customer + "/auditrecords").json();

        JsonObject record = audit.getJsonArray("items").getJsonObject(0);
        assertThat(record.getString("actor")).isEqualTo("adam");
        assertThat(record.getString("action")).isEqualTo("SUBSCRIPTION_QUANTITY_CHANGED");
        assertThat(record.getString("oldValue")).isEqualTo("10");
        assertThat(record.getString("newValue")).isEqualTo("42");
        assertThat(api.get("nina", "api/v1/customers/" + customer + "/auditrecords")
                        .status())
                .isEqualTo(404);
        assertThat(api.get("hana", "api/v1/customers/" + customer + "/auditrecords")
                        .status())
                .as("only those who may read the audit log see a customer's audit trail")
                .isEqualTo(403);

        Api.Response csv = api.send(api.request("api/v1/auditrecords?filter=" + subscription, "alice")
                .setHeader("Accept", "text/csv")
                .GET());
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("id,at,actor,action").contains("SUBSCRIPTION_QUANTITY_CHANGED");
    }

    @Test
    void aCustomersSubscriptionsArePagedWithTheirTotal() {
        UUID customer = fixtures.customer("Many Subscriptions");
        fixtures.relationship(Demo.CONTOSO, customer, null);
        for (UUID product : List.of(Demo.E3, Demo.AZURE_PLAN, Demo.BUSINESS_STANDARD)) {
            fixtures.subscription(customer, product, Demo.CONTOSO, null, Demo.CONTOSO);
        }
        String path = "api/v1/customers/" + customer + "/subscriptions";

        JsonObject first = api.get("hana", path + "?size=2").json();
        JsonObject rest = api.get("hana", path + "?size=2&offset=2").json();

        assertThat(first.getInt("totalCount")).isEqualTo(3);
        assertThat(first.getJsonArray("items")).hasSize(2);
        assertThat(rest.getInt("totalCount")).isEqualTo(3);
        assertThat(rest.getJsonArray("items")).hasSize(1);
        assertThat(api.get("hana", path + "?size=501").status()).isEqualTo(400);
    }

    @Test
    void aSubscriptionTheCallersOrganisationNeitherProvidesResellsNorSupportsAnswers404() {
        // Tailspin's Azure plan: provided and supported by Contoso, no reseller. Fabrikam and
        // Northwind see Tailspin (they have relationships) but not this subscription.
        String azure = "api/v1/customers/" + Demo.TAILSPIN + "/subscriptions/" + Demo.TAILSPIN_AZURE_PLAN;

        assertThat(api.get("hana", azure + "/supportcontact").status()).isEqualTo(200);
        assertThat(api.get("felix", azure + "/supportcontact").status()).isEqualTo(404);
        assertThat(api.get("ned", azure + "/supportcontact").status()).isEqualTo(404);
        assertThat(api.send("PATCH", "fiona", azure, "{\"quantity\":3}").status())
                .isIn(403, 404);
        assertThat(api.get(
                                "hana",
                                "api/v1/customers/" + Demo.LITWARE + "/subscriptions/" + Demo.TAILSPIN_AZURE_PLAN
                                        + "/supportcontact")
                        .status())
                .as("a subscription asked for under another customer's path")
                .isEqualTo(404);
    }

    @Test
    void aCustomerAdminCannotTouchAPartnerOfAnotherCustomer() {
        UUID customer = fixtures.customer("Other Tenant");
        UUID partner = fixtures.reseller("Other Tenant Partner");
        fixtures.relationship(partner, customer, Duration.ofDays(30));

        Api.Response response =
                api.send("PATCH", "tom", "api/v1/customer/partners/" + partner, "{\"allowDelegatedAccess\":false}");

        assertThat(response.status()).isEqualTo(404);
        assertThat(api.send(
                                "PATCH",
                                "tom",
                                "api/v1/customer/partners/" + UUID.randomUUID(),
                                "{\"allowDelegatedAccess\":false}")
                        .json()
                        .getString("code"))
                .isEqualTo(response.json().getString("code"));
    }

    @Test
    void badChangesToASubscriptionAreRefusedWithTheirErrorAndChangeNothing() {
        UUID customer = fixtures.customer("Bad Input");
        fixtures.relationship(Demo.CONTOSO, customer, Duration.ofDays(30));
        UUID subscription = fixtures.subscription(customer, Demo.E3, Demo.CONTOSO, null, Demo.CONTOSO);
        String path = "api/v1/customers/" + customer + "/subscriptions/" + subscription;
        String contact = path + "/supportcontact";
        String etag = api.get("adam", contact).header("ETag");

        Api.Response negative = api.send("PATCH", "adam", path, "{\"quantity\":-5}");
        Api.Response zero = api.send("PATCH", "adam", path, "{\"quantity\":0}");
        Api.Response badEnum = api.send("PATCH", "adam", path, "{\"status\":\"PAUSED\"}");
        Api.Response malformed = api.send("PATCH", "adam", path, "{\"quantity\":");
        Api.Response malformedPut = api.send("PUT", "adam", contact, "{\"partnerId\":");
        Api.Response unknownPartner = api.send("PUT", "adam", contact, "{\"partnerId\":\"" + UUID.randomUUID() + "\"}");
        Api.Response unknownSubscription = api.send(
                "PATCH",
                "adam",
                "api/v1/customers/" + customer + "/subscriptions/" + UUID.randomUUID(),
                "{\"quantity\":3}");
        Api.Response unknownBulkPartner = api.send(
                "POST",
                "adam",
                "api/v1/supportcontacts/bulk",
                "{\"subscriptionIds\":[\"" + subscription + "\"],\"partnerId\":\"" + UUID.randomUUID()
                        + "\",\"dryRun\":false}");

        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().getString("code")).isEqualTo("VALIDATION_FAILED");
        assertThat(zero.status()).isEqualTo(400);
        assertThat(badEnum.status()).isEqualTo(400);
        assertThat(badEnum.json().getString("code")).isEqualTo("MALFORMED_REQUEST");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformedPut.status()).isEqualTo(400);
        assertThat(unknownPartner.status()).isEqualTo(404);
        assertThat(unknownSubscription.status()).isEqualTo(404);
        assertThat(unknownBulkPartner.status()).isEqualTo(404);
        JsonObject after = api.get("adam", path).json();
        assertThat(after.getInt("quantity")).isEqualTo(10);
        assertThat(after.getString("status")).isEqualTo("ACTIVE");
        assertThat(api.get("adam", contact).header("ETag")).isEqualTo(etag);
        assertThat(fixtures.auditCount(subscription, "SUBSCRIPTION_QUANTITY_CHANGED"))
                .isZero();
    }

    @Test
    void aStaleIfMatchOnASubscriptionChangeIsRefusedWith412() {
        UUID customer = fixtures.customer("Stale Change");
        fixtures.relationship(Demo.CONTOSO, customer, Duration.ofDays(30));
        UUID subscription = fixtures.subscription(customer, Demo.E3, Demo.CONTOSO, null, Demo.CONTOSO);
        String path = "api/v1/customers/" + customer + "/subscriptions/" + subscription;
        String etag = api.get("adam", path).header("ETag");
        assertThat(api.send("PATCH", "sam", path, "{\"quantity\":11}", etag).status())
                .isEqualTo(200);

        Api.Response stale = api.send("PATCH", "adam", path, "{\"quantity\":99}", etag);

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().getString("code")).isEqualTo("STALE_VERSION");
        assertThat(api.get("adam", path).json().getInt("quantity")).isEqualTo(11);
    }

    /**
     * The role table of docs/domain.md ("who may do what"), endpoint by endpoint, for one account of each role. Requests are
     * built to fail after the role check (bad body, unknown id), so an allowed role gets 400 or 404
     * and changes nothing, and a refused role gets 403.
     */
    @ParameterizedTest(name = "{0} {1} as {2}: {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "GET|api/v1/customers||alice hana adam sam uma|tom",
                "POST|api/v1/customers|{}|alice adam sam|hana uma tom",
                "POST|api/v1/customers/relationshiprequests|{\"delegatedAdmin\":\"maybe\"}|alice adam sam|hana uma tom",
                "DELETE|api/v1/relationships/00000000-0000-4000-8000-0000000000ff||alice|adam hana sam uma tom",
                "PATCH|api/v1/customers/00000000-0000-4000-8000-0000000000ff|{\"relationshipToPartner\":\"none\"}|alice|adam hana sam uma tom",
                "PATCH|api/v1/customers/00000000-0000-4000-8000-0000000000ff|{\"allowDelegatedAccess\":false}|alice adam|hana sam uma tom",
                "POST|api/v1/relationships/invitations/no-such-token/accept||alice sam|adam hana uma tom",
                "PUT|api/v1/customers/c0000000-0000-4000-8000-000000000001/subscriptions/f0000000-0000-4000-8000-000000000001/supportcontact|{}|alice adam hana sam uma|tom",
                "POST|api/v1/supportcontacts/bulk|{}|alice adam hana sam uma|tom",
                "POST|api/v1/customers/c0000000-0000-4000-8000-000000000001/subscriptions|{}|alice adam sam|hana uma tom",
                "GET|api/v1/auditrecords?size=1||alice uma|adam hana sam tom",
                "GET|api/v1/customer/supportcontacts||tom|alice adam hana sam uma",
                "POST|api/v1/customers/relationshiprequests/no-such-token/accept||tom|alice adam hana sam uma",
                "PATCH|api/v1/customer/partners/00000000-0000-4000-8000-0000000000ff|{\"allowDelegatedAccess\":false}|tom|alice adam hana sam uma",
                "GET|api/v1/products||alice adam hana sam uma tom|",
                "GET|api/v1/customers/c0000000-0000-4000-8000-000000000001/auditrecords||alice uma|adam hana sam tom",
                "PATCH|api/v1/customers/c0000000-0000-4000-8000-000000000001/subscriptions/00000000-0000-4000-8000-0000000000ff|{\"quantity\":1}|alice adam sam|hana uma tom",
                "POST|api/v1/relationships/invitations|{\"unknownField\":|alice sam|adam hana uma tom",
                "GET|api/v1/customers/c0000000-0000-4000-8000-000000000001/subscriptions||alice adam hana sam uma|tom",
                "GET|api/v1/customers/c0000000-0000-4000-8000-000000000001/relationships||alice adam hana sam uma|tom",
                "GET|api/v1/customers/c0000000-0000-4000-8000-000000000001/subscriptions/f0000000-0000-4000-8000-000000000001/supportcontact/candidates||alice adam hana sam uma|tom",
                "GET|api/v1/partners/me||alice adam hana sam uma|tom",
                "GET|api/v1/relationships?relationship_type=indirect_reseller||alice adam hana sam uma|tom",
                "POST|api/v1/customers/relationshiprequests/no-such-token/decline||tom|alice adam hana sam uma",
                "GET|api/v1/customer/partners||tom|alice adam hana sam uma",
            })
    void eachEndpointAdmitsExactlyTheRolesOfTheTable(
            String method, String path, String body, String allowed, String refused) {
        for (String user : allowed.split(" ")) {
            Api.Response response = api.send(method, user, path, body == null ? "" : body);
            assertThat(response.status())
                    .as("%s %s as %s", method, path, user)
                    .isNotEqualTo(403)
                    .isNotEqualTo(401)
                    .isLessThan(500);
        }
        if (refused != null) {
            for (String user : refused.split(" ")) {
                Api.Response response = api.send(method, user, path, body == null ? "" : body);
                assertThat(response.status())
                        .as("%s %s as %s", method, path, user)
                        .isEqualTo(403);
                assertThat(response.json().getString("code")).isEqualTo("FORBIDDEN");
            }
        }
    }

    private static List<String> names(JsonObject list) {
        return list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("companyName"))
                .toList();
    }

    @Test
    void anAuditLogMergesTheOrganisationsOwnRecordsWithThoseThatNameItNewestFirstOnEveryPage() throws Exception {
        String mark = "merge-" + UUID.randomUUID();
        // Fabrikam's own records and Contoso's that name Fabrikam, alternating; and two it must not see.
        for (int i = 0; i < 3; i++) {
            audit(mark, "OWN_" + i, Demo.FABRIKAM, null);
            audit(mark, "NAMES_FABRIKAM_" + i, Demo.CONTOSO, Demo.FABRIKAM);
        }
        audit(mark, "CONTOSO_ALONE", Demo.CONTOSO, null);
        audit(mark, "NORTHWIND_ALONE", Demo.NORTHWIND, null);
        String list = "api/v1/auditrecords?filter=" + mark;

        JsonObject all = api.get("fiona", list + "&size=50").json();

        List<String> newestFirst =
                List.of("NAMES_FABRIKAM_2", "OWN_2", "NAMES_FABRIKAM_1", "OWN_1", "NAMES_FABRIKAM_0", "OWN_0");
        assertThat(actions(all)).containsExactlyElementsOf(newestFirst);
        assertThat(all.getInt("totalCount")).isEqualTo(6);
        List<String> pageByPage = new java.util.ArrayList<>();
        for (int offset = 0; offset < 6; offset += 2) {
            JsonObject page =
                    api.get("fiona", list + "&size=2&offset=" + offset).json();
            assertThat(page.getInt("totalCount")).isEqualTo(6);
            pageByPage.addAll(actions(page));
        }
        assertThat(pageByPage).as("pages of two, one after the other").containsExactlyElementsOf(newestFirst);
        assertThat(actions(api.get("alice", list + "&size=50").json()))
                .containsExactly("CONTOSO_ALONE", "NAMES_FABRIKAM_2", "NAMES_FABRIKAM_1", "NAMES_FABRIKAM_0");

        audit(mark, "OWN_3", Demo.FABRIKAM, null);

        JsonObject after = api.get("fiona", list + "&size=1").json();
        assertThat(after.getInt("totalCount"))
                .as("the total counts a record written a moment ago")
                .isEqualTo(7);
        assertThat(actions(after)).containsExactly("OWN_3");
    }

    private void audit(String mark, String action, UUID partner, UUID related) throws Exception {
        Thread.sleep(3); // distinct times, so that the order is the order of writing
        transaction.begin();
        auditLog.record(new AuditLog.Entry(action, "Test", mark, partner, related, null, null, null));
        transaction.commit();
    }

    private static List<String> actions(JsonObject list) {
        return list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("action"))
                .toList();
    }
}
