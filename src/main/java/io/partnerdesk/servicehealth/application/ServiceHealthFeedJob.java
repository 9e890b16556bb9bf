package io.partnerdesk.servicehealth.application;

import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.scheduling.ClusterJobs;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every ten minutes, fetches the vendor's feed from {@code partnerdesk.servicehealth.feed-url}
 * (unset: no polling) and imports it. Runs once per cluster; the download happens outside any
 * transaction, the import in one.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ServiceHealthFeedJob {

    static final String JOB = "service-health-feed";
    private static final Logger LOG = Logger.getLogger(ServiceHealthFeedJob.class.getName());

    @Inject
    ClusterJobs jobs;

    @Inject
    FeedImport feedImport;

    @Inject
    @ConfigProperty(name = "partnerdesk.servicehealth.feed-url")
    Optional<String> feedUrl;

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    @Schedule(minute = "*/10", hour = "*", persistent = false, info = JOB)
    void run() {
        if (feedUrl.isEmpty() || feedUrl.get().isBlank()) {
            return;
        }
        jobs.runOnce(JOB, Duration.ofMinutes(10), "The service health feed import", () -> {
            try {
                ImportResult result = importFrom(URI.create(feedUrl.get().trim()));
                if (result.changedAnything()) {
                    LOG.info(() -> "Service health feed imported: " + result.summary());
                }
            } catch (BusinessException refused) {
                LOG.warning(() -> "The service health feed was refused, nothing imported: " + refused.getMessage());
            }
        });
    }

    /** Downloads the document at {@code url} and imports it. */
    public ImportResult importFrom(URI url) {
        HttpResponse<String> response;
        try {
            response = client.send(
                    HttpRequest.newBuilder(url)
                            .timeout(Duration.ofSeconds(30))
                            .header("Accept", "application/json")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new BusinessException(502, "FEED_UNREACHABLE", url, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BusinessException(502, "FEED_UNREACHABLE", url, "interrupted");
        }
        if (response.statusCode() != 200) {
            throw new BusinessException(502, "FEED_UNREACHABLE", url, "HTTP " + response.statusCode());
        }
        return feedImport.importFetched(response.body(), url.toString());
    }
}
