package io.partnerdesk.webhook.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerdesk.shared.events.OrganisationEvent;
import io.partnerdesk.webhook.domain.DeliveryStatus;
import io.partnerdesk.webhook.domain.WebhookDelivery;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a receiver gets (the body and its signature) and how long a delivery is tried. */
class WebhookDeliveryRulesTest {

    private static final Instant EVENT = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void theSignatureIsTheHexHmacSha256OfTheExactBody() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
        byte[] body = "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8);

        assertThat(WebhookSignature.sign("Jefe", body))
                .isEqualTo("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        assertThat(WebhookSignature.verify("Jefe", body, WebhookSignature.sign("Jefe", body)))
                .isTrue();
        assertThat(WebhookSignature.verify("another", body, WebhookSignature.sign("Jefe", body)))
                .isFalse();
        body[0] = 'W';
        assertThat(WebhookSignature.verify("Jefe", body, WebhookSignature.sign("Jefe", "what".getBytes())))
                .isFalse();
    }

    @Test
    void eachSecretIsNewAndLongEnough() {
        String one = WebhookSignature.newSecret();
        assertThat(one).matches("[0-9a-f]{64}").isNotEqualTo(WebhookSignature.newSecret());
    }

    @Test
    void theBodyNamesTheEventTheReceivingOrganisationAndTheObject() {
        UUID partner = UUID.randomUUID();
        UUID request = UUID.randomUUID();
        OrganisationEvent event = OrganisationEvent.of(
                OrganisationEvent.Kind.SUPPORT_REQUEST_CREATED,
                partner,
                "SupportRequest",
                request,
                "title",
                "Mail \"stuck\" <b>now</b>",
                "assignee",
                null);

        JsonObject body = Json.createReader(new StringReader(WebhookOutbox.payload(event, partner)))
                .readObject();

        assertThat(body.getString("id")).isEqualTo(event.id().toString());
        assertThat(body.getString("event")).isEqualTo("SUPPORT_REQUEST_CREATED");
        assertThat(body.getString("organisationId")).isEqualTo(partner.toString());
        assertThat(Instant.parse(body.getString("occurredAt"))).isEqualTo(event.occurredAt());
        assertThat(body.getJsonObject("resource").getString("type")).isEqualTo("SupportRequest");
        assertThat(body.getJsonObject("resource").getString("id")).isEqualTo(request.toString());
        assertThat(body.getJsonObject("data").getString("title")).isEqualTo("Mail \"stuck\" <b>now</b>");
        assertThat(body.getJsonObject("data").containsKey("assignee"))
                .as("null values left out")
                .isFalse();
    }

    @Test
    void aRefusedDeliveryIsTriedAgainLaterAndLaterForADayThenFails() {
        WebhookDelivery delivery = new WebhookDelivery(UUID.randomUUID(), "SUPPORT_REQUEST_UPDATED", "{}", EVENT);
        List<Duration> waits = new ArrayList<>();
        Instant at = EVENT;
        while (delivery.getStatus() == DeliveryStatus.PENDING) {
            delivery.attemptFailed(500, at);
            if (delivery.getNextAttemptAt() != null) {
                waits.add(Duration.between(at, delivery.getNextAttemptAt()));
                at = delivery.getNextAttemptAt();
            }
        }

        assertThat(waits.subList(0, 3))
                .containsExactly(Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofMinutes(5));
        assertThat(waits).isSortedAccordingTo(Duration::compareTo);
        assertThat(delivery.getStatus()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(delivery.getLastAttemptAt()).isBefore(EVENT.plus(WebhookDelivery.GIVE_UP_AFTER));
        assertThat(delivery.getLastAttemptAt()).isAfter(EVENT.plus(Duration.ofHours(20)));
        assertThat(delivery.getAttempts()).isEqualTo(waits.size() + 1);
        assertThat(delivery.getResponseCode()).isEqualTo(500);
    }

    @Test
    void aTwoHundredAnswerDeliversAndNothingNoAnswerIsRecordedAsNoCode() {
        WebhookDelivery delivery = new WebhookDelivery(UUID.randomUUID(), "SUPPORT_REQUEST_UPDATED", "{}", EVENT);
        delivery.attemptFailed(null, EVENT);
        assertThat(delivery.getResponseCode()).isNull();
        assertThat(delivery.getStatus()).isEqualTo(DeliveryStatus.PENDING);

        delivery.delivered(204, EVENT.plusSeconds(10));

        assertThat(delivery.getStatus()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(delivery.getAttempts()).isEqualTo(2);
        assertThat(delivery.getNextAttemptAt()).isNull();
    }
}
