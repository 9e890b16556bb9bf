package io.partnerdesk.testsupport.production;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A person's browser as far as the server can tell: it keeps the cookies it is given (cookies
 * belong to the host, not the port, so instances on 127.0.0.1 share them as behind a load
 * balancer) and signs in through the login form.
 */
public final class WebSession {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** Posts the login form of {@code base}; the answer is a redirect when it worked. */
    public HttpResponse<String> signIn(String base, String username, String password) {
        return send(signInRequest(base, username, password));
    }

    /** Posts the login form as a page of {@code origin} (another web site's form) makes a browser do. */
    public HttpResponse<String> signInFrom(String origin, String base, String username, String password) {
        return send(signInRequest(base, username, password).header("Origin", origin));
    }

    private static HttpRequest.Builder signInRequest(String base, String username, String password) {
        String form = "login-form=login-form&username=" + encode(username) + "&password=" + encode(password)
                + "&next=&sign-in=&jakarta.faces.ViewState=stateless";
        return HttpRequest.newBuilder(URI.create(base + "login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
    }

    public HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /** Posts a form as a Faces ajax request does. */
    public HttpResponse<String> postAjax(String url, String form) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** An API call with HTTP Basic and a JSON body, outside this session's cookies. */
    public static HttpResponse<String> apiJson(
            String method, String url, String username, String password, String json) {
        return api(method, url, username, password, json, "application/json");
    }

    /** An API call with HTTP Basic, outside this session's cookies. */
    public static HttpResponse<String> api(String method, String url, String username, String password, String body) {
        return api(method, url, username, password, body, "text/plain");
    }

    private static HttpResponse<String> api(
            String method, String url, String username, String password, String body, String contentType) {
        HttpClient plain =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String credentials =
                Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        try {
            return plain.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(30))
                            .header("Authorization", "Basic " + credentials)
                            .header("Accept", "application/json, text/plain;q=0.5")
                            .header("Content-Type", contentType)
                            .method(
                                    method,
                                    body == null
                                            ? HttpRequest.BodyPublishers.noBody()
                                            : HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
