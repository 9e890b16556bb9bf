package io.partnerdesk.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerdesk.testsupport.Api;
import io.partnerdesk.testsupport.Demo;
import io.partnerdesk.testsupport.Deployments;
import io.partnerdesk.testsupport.Fixtures;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Directory groups (rule 9): no tenant can give a group that stops other tenants' people signing
 * in, a group is checked in the directory before it is given, and the operator's admins see, change
 * and clear every organisation's group.
 */
@ExtendWith(ArquillianExtension.class)
class OrganisationGroupsIT {

    private static final List<String> DEMO_CUSTOMER_ADMINS = List.of("tom", "ava", "lena");

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithTests(OrganisationGroupsIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    Api api;

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private Api.Response addCustomer(String user, String directoryGroup) {
        String domain = "c" + unique() + ".example.com";
        return api.send(
                "POST",
                user,
                "api/v1/customers",
                "{\"companyName\":\"Group Test " + domain + "\",\"domain\":\"" + domain + "\",\"country\":\"TR\""
                        + (directoryGroup == null ? "" : ",\"directoryGroup\":\"" + directoryGroup + "\"") + "}");
    }

    private Api.Response registerReseller(String user, String directoryGroup) {
        String mpnId = String.valueOf(10_000_000 + new java.util.Random().nextInt(89_999_999));
        return api.send(
                "POST",
                user,
                "api/v1/relationships/invitations",
                "{\"reseller\":{\"name\":\"Group Test " + mpnId + "\",\"mpnId\":\"" + mpnId + "\",\"directoryGroup\":\""
                        + directoryGroup + "\"}}");
    }

    private Api.Response changeGroup(String user, UUID organisation, String group) {
        return api.send(
                "PUT",
                user,
                "api/v1/organisations/" + organisation + "/directorygroup",
                "{\"directoryGroup\":\"" + group + "\"}");
    }

    private JsonObject organisation(String user, String filter, UUID id) {
        Api.Response list = api.get(user, "api/v1/organisations?size=500&filter=" + filter);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("id").equals(id.toString()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aPartnerAdminCannotLockEveryCustomerAdminOutWithTheCustomerAdminsRoleGroup() {
        Api.Response refused = addCustomer("fiona", "partnerdesk-customer-admins");
        Api.Response otherSpelling = addCustomer("fiona", " PartnerDesk-Customer-Admins ");

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().getString("code")).isEqualTo("DIRECTORY_GROUP_IS_ROLE_GROUP");
        assertThat(otherSpelling.status()).isEqualTo(422);
        for (String customerAdmin : DEMO_CUSTOMER_ADMINS) {
            assertThat(api.get(customerAdmin, "api/v1/me").status())
                    .as(customerAdmin + " still signs in")
                    .isEqualTo(200);
        }
    }

    @Test
    void aSalesAgentCannotRegisterAResellerWithTheGlobalAdminsRoleGroup() {
        Api.Response refused = registerReseller("sam", "partnerdesk-global-admins");

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.json().getString("code")).isEqualTo("DIRECTORY_GROUP_IS_ROLE_GROUP");
        for (String globalAdmin : List.of("alice", "fiona", "nina", "walt")) {
            assertThat(api.get(globalAdmin, "api/v1/me").status())
                    .as(globalAdmin + " still signs in")
                    .isEqualTo(200);
        }
    }

    @Test
    void aGroupWhoseMembersBelongElsewhereOrCannotSignInIsRefusedWithTheReason() {
        Api.Response taken = addCustomer("fiona", "org-tailspin");
        Api.Response shared = addCustomer("fiona", "org-shared-test");
        Api.Response sharedReseller = registerReseller("alice", "org-shared-test");
        Api.Response nobody = addCustomer("fiona", "org-nobody");
        Api.Response missing = addCustomer("fiona", "org-missing-" + unique());
        String staffOnly = "org-staff-only-" + unique();
        fixtures.memberOfNewGroup(staffOnly, "partnerdesk-helpdesk-agents");
        Api.Response noCustomerAdmin = addCustomer("fiona", staffOnly);
        Api.Response noGroup = addCustomer("fiona", null);

        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().getString("code")).isEqualTo("DIRECTORY_GROUP_TAKEN");
        assertThat(shared.status()).as(shared.body()).isEqualTo(422);
        assertThat(shared.json().getString("code")).isEqualTo("DIRECTORY_GROUP_MEMBER_ELSEWHERE");
        assertThat(shared.json().getString("message")).contains("tom");
        assertThat(shared.body()).doesNotContain("Tailspin");
        assertThat(sharedReseller.status()).isEqualTo(422);
        assertThat(nobody.status()).as(nobody.body()).isEqualTo(422);
        assertThat(nobody.json().getString("code")).isEqualTo("DIRECTORY_GROUP_NO_MEMBERS");
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().getString("code")).isEqualTo("DIRECTORY_GROUP_NO_MEMBERS");
        assertThat(noCustomerAdmin.status()).isEqualTo(422);
        assertThat(noCustomerAdmin.json().getString("message")).contains("customer admin");
        assertThat(noGroup.status()).as("the group stays optional").isEqualTo(201);
        assertThat(api.get("tom", "api/v1/me").json().getJsonObject("customer").getString("companyName"))
                .isEqualTo("Tailspin Toys");
    }

    @Test
    void theOperatorsAdminsListChangeAndClearAnOrganisationsGroup() {
        JsonObject fabrikam = organisation("alice", "fabrikam", Demo.FABRIKAM);
        assertThat(fabrikam.getString("type")).isEqualTo("PARTNER");
        assertThat(fabrikam.getString("kind")).isEqualTo("INDIRECT_RESELLER");
        assertThat(fabrikam.getString("directoryGroup")).isEqualTo("org-fabrikam");

        UUID customer = fixtures.customer("Regrouped");
        String group = "org-regrouped-" + unique();
        String admin = fixtures.memberOfNewGroup(group, "partnerdesk-customer-admins");

        Api.Response changed = changeGroup("uma", customer, group);

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().getString("type")).isEqualTo("CUSTOMER");
        assertThat(changed.json().getString("directoryGroup")).isEqualTo(group);
        assertThat(changed.json().get("kind")).isEqualTo(JsonValue.NULL);
        assertThat(api.get(admin, "api/v1/me").json().getJsonObject("customer").getString("id"))
                .isEqualTo(customer.toString());
        assertThat(api
                        .get("alice", "api/v1/auditrecords?filter=" + group)
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .map(r -> r.getString("action") + ":" + r.getString("newValue")))
                .containsExactly("DIRECTORY_GROUP_CHANGED:" + group);
        assertThat(fixtures.auditCount(customer, "DIRECTORY_GROUP_CHANGED")).isEqualTo(1);

        assertThat(changeGroup("alice", customer, "partnerdesk-global-admins").status())
                .isEqualTo(422);
        assertThat(changeGroup("alice", customer, "org-tailspin").status()).isEqualTo(409);
        assertThat(changeGroup("alice", Demo.FABRIKAM, "org-fabrikam").status())
                .as("an organisation's own group is not taken from itself")
                .isEqualTo(200);
        assertThat(changeGroup("alice", UUID.randomUUID(), group).status()).isEqualTo(404);

        Api.Response cleared = api.send("DELETE", "alice", "api/v1/organisations/" + customer + "/directorygroup", "");

        assertThat(cleared.status()).isEqualTo(204);
        assertThat(organisation("alice", "regrouped", customer).get("directoryGroup"))
                .isEqualTo(JsonValue.NULL);
        assertThat(fixtures.auditCount(customer, "DIRECTORY_GROUP_CHANGED")).isEqualTo(2);
        Api.Response operatorCleared =
                api.send("DELETE", "uma", "api/v1/organisations/" + Demo.CONTOSO + "/directorygroup", "");
        assertThat(operatorCleared.status()).isEqualTo(409);
        assertThat(api.get("alice", "api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void aPartnersGroupCanBeClearedAndItsChangeIsInItsOwnLog() {
        UUID reseller = fixtures.reseller("Cleared");
        String group = "org-cleared-" + unique();
        fixtures.memberOfNewGroup(group, "partnerdesk-global-admins");

        assertThat(changeGroup("alice", reseller, group).status()).isEqualTo(200);
        assertThat(api.send("DELETE", "uma", "api/v1/organisations/" + reseller + "/directorygroup", "")
                        .status())
                .isEqualTo(204);

        assertThat(fixtures.auditCount(reseller, "DIRECTORY_GROUP_CHANGED")).isEqualTo(2);
        assertThat(organisation("uma", "cleared", reseller).get("directoryGroup"))
                .isEqualTo(JsonValue.NULL);
    }

    @Test
    void nobodyButTheOperatorsGlobalAndUserManagementAdminsSeesOrChangesGroups() {
        UUID customer = fixtures.customer("Guarded");
        String group = "org-guarded-" + unique();
        fixtures.memberOfNewGroup(group, "partnerdesk-customer-admins");

        for (String user : List.of("fiona", "nina", "walt", "felix", "hana", "adam", "sam", "tom")) {
            assertThat(api.get(user, "api/v1/organisations").status()).as(user).isEqualTo(403);
            assertThat(api.get(user, "api/v1/organisations/conflicts").status())
                    .as(user)
                    .isEqualTo(403);
            Api.Response change = changeGroup(user, customer, group);
            assertThat(change.status()).as(user).isEqualTo(403);
            assertThat(change.json().getString("code")).isEqualTo("FORBIDDEN");
            assertThat(api.send("DELETE", user, "api/v1/organisations/" + Demo.TAILSPIN + "/directorygroup", "")
                            .status())
                    .as(user)
                    .isEqualTo(403);
        }
        assertThat(api.get(null, "api/v1/organisations").status()).isEqualTo(401);
        assertThat(organisation("alice", "tailspin", Demo.TAILSPIN).getString("directoryGroup"))
                .isEqualTo("org-tailspin");
        assertThat(organisation("alice", "guarded", customer).get("directoryGroup"))
                .isEqualTo(JsonValue.NULL);
        assertThat(api.get("tom", "api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void theOperatorSeesPeopleWhoseGroupsPointAtTwoOrganisations() {
        UUID first = fixtures.customer("First Home");
        UUID second = fixtures.customer("Second Home");
        String firstGroup = "org-first-" + unique();
        String secondGroup = "org-second-" + unique();
        String person = fixtures.memberOfNewGroup(firstGroup, "partnerdesk-customer-admins");
        fixtures.memberOfNewGroup(secondGroup, "partnerdesk-customer-admins");
        assertThat(changeGroup("alice", first, firstGroup).status()).isEqualTo(200);
        assertThat(changeGroup("alice", second, secondGroup).status()).isEqualTo(200);

        fixtures.addToGroup(person, secondGroup);

        assertThat(api.get(person, "api/v1/me").status())
                .as("sign-in refuses a person of two organisations")
                .isEqualTo(401);
        Api.Response conflicts = api.get("uma", "api/v1/organisations/conflicts");
        assertThat(conflicts.status()).as(conflicts.body()).isEqualTo(200);
        JsonObject conflict = conflicts.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("username").equals(person))
                .findFirst()
                .orElseThrow();
        assertThat(conflict.getJsonArray("organisations").getValuesAs(JsonObject.class).stream()
                        .map(o -> o.getString("id") + ":" + o.getString("type")))
                .containsExactlyInAnyOrder(first + ":CUSTOMER", second + ":CUSTOMER");
        assertThat(conflicts.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .map(c -> c.getString("username")))
                .doesNotContain("tom", "alice", "fiona");
    }
}
