package io.partnerdesk.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerdesk.testsupport.Api;
import io.partnerdesk.testsupport.Deployments;
import io.partnerdesk.testsupport.production.WebSession;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One answer of each kind, over HTTP as a browser or an API client gets it: every one carries
 * the browser-hardening headers, whoever wrote it (page, API, sign-in mechanism, static file,
 * error page, redirect).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityHeadersIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    /** The portal's root, always with its closing slash (Arquillian hands it out with or without). */
    private String root() {
        String url = base.toString();
        return url.endsWith("/") ? url : url + "/";
    }

    @Test
    void theLoginPageAndTheRedirectToItCarryTheHeadersAndThePageItsScriptNonce() {
        WebSession browser = new WebSession();

        HttpResponse<String> redirect = browser.get(root() + "customers/list.xhtml");
        HttpResponse<String> login = browser.get(root() + "login.xhtml");

        assertThat(redirect.statusCode()).isEqualTo(302);
        assertHardened("redirect to sign in", redirect, true);
        assertThat(login.statusCode()).isEqualTo(200);
        assertHardened("login page", login, true);
        assertThat(policy(login)).contains("'nonce-");
    }

    @Test
    void aSignedInPageAndThePortalsErrorPagesCarryTheHeaders() {
        WebSession alice = new WebSession();
        assertThat(alice.signIn(root(), "alice", Api.PASSWORD).statusCode()).isEqualTo(302);
        WebSession tom = new WebSession();
        assertThat(tom.signIn(root(), "tom", Api.PASSWORD).statusCode()).isEqualTo(302);

        HttpResponse<String> page = alice.get(root() + "customers/list.xhtml");
        HttpResponse<String> missing = alice.get(root() + "no-such-page-" + UUID.randomUUID() + ".xhtml");
        HttpResponse<String> forbidden = tom.get(root() + "customers/list.xhtml");

        assertThat(page.statusCode()).isEqualTo(200);
        assertHardened("signed-in page", page, true);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertHardened("404 page", missing, true);
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertHardened("403 page", forbidden, true);
    }

    @Test
    void apiAnswersAndTheErrorsOfTheSignInMechanismCarryTheHeaders() {
        Api api = new Api(base);

        Api.Response ok = api.get("alice", "api/v1/me");
        Api.Response unauthenticated = api.send(api.request("api/v1/me", null).GET());
        Api.Response wrongPassword = api.getWithPassword("alice", "not-the-password", "api/v1/me");
        Api.Response forbidden = api.get("tom", "api/v1/customers");
        Api.Response notFound = api.get("alice", "api/v1/customers/" + UUID.randomUUID());
        Api.Response invalid = api.send("POST", "alice", "api/v1/customers", "{}");

        assertThat(ok.status()).isEqualTo(200);
        assertHardened("API 200", ok.raw(), true);
        assertThat(unauthenticated.status()).isEqualTo(401);
        assertHardened("API 401 without credentials", unauthenticated.raw(), true);
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertHardened("API 401 wrong password", wrongPassword.raw(), true);
        assertThat(forbidden.status()).isEqualTo(403);
        assertHardened("API 403", forbidden.raw(), true);
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.json().getString("code")).isNotBlank();
        assertHardened("API 404", notFound.raw(), true);
        assertThat(invalid.status()).isBetween(400, 499);
        assertThat(invalid.json().getString("code")).isNotBlank();
        assertHardened("API JSON error", invalid.raw(), true);
    }

    @Test
    void anotherSiteCannotSignAPersonInNorPostToTheApiWithTheirBrowsersCredentials() {
        String evil = "https://evil.example";
        String own = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        Api api = new Api(base);

        HttpResponse<String> forgedSignIn = new WebSession().signInFrom(evil, root(), "alice", Api.PASSWORD);
        HttpResponse<String> ownSignIn = new WebSession().signInFrom(own, root(), "alice", Api.PASSWORD);
        Api.Response forgedPost = api.send(api.request("api/v1/notifications/read", "alice")
                .header("Origin", evil)
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        Api.Response fetchedCrossSite = api.send(api.request("api/v1/customers", "alice")
                .header("Sec-Fetch-Site", "cross-site")
                .header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")));
        Api.Response sameSite = api.send(api.request("api/v1/customers", "alice")
                .header("Origin", own)
                .header("Sec-Fetch-Site", "same-origin")
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")));

        assertThat(forgedSignIn.statusCode())
                .as("sign-in posted by another site")
                .isEqualTo(403);
        assertThat(forgedSignIn.headers().allValues("Set-Cookie"))
                .as("no session handed to another site's form")
                .noneSatisfy(c -> assertThat(c).startsWith("PARTNERDESK_SESSION"));
        assertThat(ownSignIn.statusCode())
                .as("sign-in from the portal's own page")
                .isEqualTo(302);
        HttpResponse<String> scriptedWrongPassword = new WebSession().signIn(root(), "alice", "not-the-password");
        assertThat(scriptedWrongPassword.statusCode())
                .as("a login form posted without the page's script nonce is answered, not failed")
                .isEqualTo(200);
        assertThat(scriptedWrongPassword.body()).contains("login-form");
        assertThat(forgedPost.status()).isEqualTo(403);
        assertThat(forgedPost.json().getString("code")).isEqualTo("CROSS_SITE_REQUEST");
        assertHardened("API 403 cross-site", forgedPost.raw(), true);
        assertThat(fetchedCrossSite.status()).isEqualTo(403);
        assertThat(fetchedCrossSite.json().getString("code")).isEqualTo("CROSS_SITE_REQUEST");
        assertThat(sameSite.status())
                .as("the portal's own page posting")
                .isBetween(400, 499)
                .isNotEqualTo(403);
    }

    @Test
    void staticFilesCarryTheHeadersButMayBeCached() {
        WebSession browser = new WebSession();

        HttpResponse<String> css = browser.get(root() + "resources/css/partnerdesk.css");
        HttpResponse<String> script = browser.get(root() + "jakarta.faces.resource/js/partnerdesk.js.xhtml");

        assertThat(css.statusCode()).isEqualTo(200);
        assertHardened("static file", css, false);
        assertThat(script.statusCode()).isEqualTo(200);
        assertHardened("Faces resource", script, false);
        assertThat(script.headers().firstValue("Cache-Control").orElse("")).doesNotContain("no-store");
    }

    private static void assertHardened(String what, HttpResponse<String> answer, boolean signedInAnswer) {
        List<String> policies = answer.headers().allValues("Content-Security-Policy");
        assertThat(policies).as(what + ": one Content-Security-Policy").hasSize(1);
        String policy = policies.get(0);
        String scriptSrc = Arrays.stream(policy.split(";"))
                .map(String::trim)
                .filter(d -> d.startsWith("script-src "))
                .findFirst()
                .orElse("");
        assertThat(scriptSrc)
                .as(what + ": script-src")
                .startsWith("script-src 'self'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "*", "data:");
        assertThat(policy)
                .as(what + ": policy")
                .contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'", "form-action 'self'");
        assertThat(answer.headers().firstValue("X-Content-Type-Options"))
                .as(what + ": nosniff")
                .hasValue("nosniff");
        assertThat(answer.headers().firstValue("Referrer-Policy"))
                .as(what + ": Referrer-Policy")
                .hasValueSatisfying(
                        v -> assertThat(v).isIn("same-origin", "strict-origin-when-cross-origin", "no-referrer"));
        if (signedInAnswer) {
            assertThat(answer.headers().allValues("Cache-Control"))
                    .as(what + ": Cache-Control")
                    .anySatisfy(v -> assertThat(v).contains("no-store"));
        }
        // The embedded portal's public address is http: no HSTS there (the https case is SecurityHeadersTest's).
        assertThat(answer.headers().firstValue("Strict-Transport-Security"))
                .as(what + ": HSTS")
                .isEmpty();
    }

    private static String policy(HttpResponse<String> answer) {
        return answer.headers().firstValue("Content-Security-Policy").orElse("");
    }
}
