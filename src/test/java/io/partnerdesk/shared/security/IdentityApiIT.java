package io.partnerdesk.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerdesk.testsupport.Api;
import io.partnerdesk.testsupport.Deployments;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API's front door, black-box over HTTP against the WAR as built: who am I, what an
 * unauthenticated or mistaken client gets back, and the operator endpoints.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IdentityApiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    private Api api;

    @BeforeEach
    void client() {
        api = new Api(base);
    }

    @Test
    void staffSeeThemselvesWithTheirPartner() {
        Api.Response response = api.get("alice", "api/v1/me");

        assertThat(response.status()).isEqualTo(200);
        JsonObject me = response.json();
        assertThat(me.getString("username")).isEqualTo("alice");
        assertThat(me.getString("displayName")).isEqualTo("Alice Andersen");
        assertThat(me.getJsonArray("roles").getString(0)).isEqualTo("GLOBAL_ADMIN");
        assertThat(me.getJsonObject("partner").getString("name")).isEqualTo("Contoso Distribution");
        assertThat(me.getJsonObject("partner").getString("kind")).isEqualTo("INDIRECT_PROVIDER");
        assertThat(me.isNull("customer")).isTrue();
    }

    @Test
    void aCustomerAdminSeesTheirTenant() {
        JsonObject me = api.get("tom", "api/v1/me").json();

        assertThat(me.getJsonArray("roles").getString(0)).isEqualTo("CUSTOMER_ADMIN");
        assertThat(me.getJsonObject("customer").getString("companyName")).isEqualTo("Tailspin Toys");
        assertThat(me.isNull("partner")).isTrue();
    }

    @Test
    void noCredentialsGet401WithABasicChallengeInJson() {
        Api.Response response = api.get(null, "api/v1/me");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.json().getString("code")).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void aWrongPasswordGets401AndNeverTheData() {
        Api.Response response = api.getWithPassword("alice", "not-the-password", "api/v1/me");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("Contoso");
        assertThat(response.json().getString("message")).contains("Wrong user name or password");
    }

    @Test
    void aWrongPasswordIsRefusedEvenRightAfterTheRightOne() {
        assertThat(api.get("hana", "api/v1/me").status()).isEqualTo(200);

        assertThat(api.getWithPassword("hana", "Passw0rd!x", "api/v1/me").status())
                .isEqualTo(401);
    }

    @Test
    void unknownResourcesAnswer404InJson() {
        Api.Response response = api.get("alice", "api/v1/no-such-thing");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().getString("code")).isEqualTo("NOT_FOUND");
    }

    @Test
    void aMethodTheResourceDoesNotAnswerGets405InJson() {
        Api.Response response = api.send("DELETE", "alice", "api/v1/me", "");

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.json().getString("code")).isEqualTo("METHOD_NOT_ALLOWED");
    }

    @Test
    void operatorEndpointsAnswerWithoutSigningIn() {
        Api.Response health = api.get(null, "health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().getString("status")).isEqualTo("UP");

        Api.Response openApi = api.send(api.request("openapi", null)
                .header("Accept", "application/yaml")
                .GET());
        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.body()).contains("/api/v1/me");
    }

    @Test
    void theLoginPageStartsNoSession() {
        Api.Response page = api.send(
                api.request("login.xhtml", null).header("Accept", "text/html").GET());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Set-Cookie")).isNull();
    }

    @Test
    void pagesSendSomeoneWhoIsNotSignedInToTheLoginPage() {
        Api.Response page = api.send(
                api.request("index.xhtml", null).header("Accept", "text/html").GET());

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).contains("/login.xhtml?next=%2Findex.xhtml");
    }

    @Test
    void signingInWithTheFormGivesAFreshHttpOnlySameSiteSession() {
        HttpRequest.Builder request = api.request("login.xhtml", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "PARTNERDESK_SESSION=attacker-chosen-id")
                .POST(HttpRequest.BodyPublishers.ofString("login-form=login-form&username=alice&password=Passw0rd%21"
                        + "&next=&sign-in=&jakarta.faces.ViewState=stateless"));

        Api.Response response = api.send(request);

        assertThat(response.status()).isEqualTo(302);
        String cookie = response.header("Set-Cookie");
        assertThat(cookie).startsWith("PARTNERDESK_SESSION=").doesNotContain("attacker-chosen-id");
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }
}
