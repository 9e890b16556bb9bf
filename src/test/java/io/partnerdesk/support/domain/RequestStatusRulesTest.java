package io.partnerdesk.support.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partnerdesk.customer.domain.Customer;
import io.partnerdesk.partner.domain.ContactMethod;
import io.partnerdesk.partner.domain.Partner;
import io.partnerdesk.partner.domain.PartnerKind;
import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.subscription.domain.Subscription;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Which status a support request (worked by the handler's staff, followed by the customer) and a
 * service request (filed by a partner with the vendor) may take next, and what is refused.
 */
class RequestStatusRulesTest {

    private static final Instant OPENED = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant LATER = OPENED.plus(Duration.ofMinutes(10));

    private final Partner provider = new Partner("Tailspin", PartnerKind.INDIRECT_PROVIDER, "1000001", "tailspin");
    private final Customer customer = new Customer("Contoso", "contoso.example", "TR");
    private final Subscription subscription = new Subscription(customer, null, 10, provider, null, OPENED);

    private SupportRequest newRequest() {
        return new SupportRequest(
                subscription,
                provider,
                "Mail is slow",
                "Since this morning",
                Severity.B,
                ContactMethod.EMAIL,
                "ayse",
                OPENED,
                OPENED.plus(Duration.ofHours(4)));
    }

    /** A request brought to {@code status} by the allowed moves, before {@link #LATER}. */
    private SupportRequest requestIn(SupportRequestStatus status) {
        SupportRequest request = newRequest();
        Instant at = OPENED.plusSeconds(1);
        switch (status) {
            case NEW -> {}
            case IN_PROGRESS, WAITING_ON_CUSTOMER -> request.changeStatus(status, null, at);
            case RESOLVED -> request.changeStatus(status, "Restarted the connector", at);
            case CLOSED -> {
                request.changeStatus(SupportRequestStatus.RESOLVED, "Restarted the connector", at);
                request.changeStatus(SupportRequestStatus.CLOSED, null, at);
            }
        }
        return request;
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        "NEW,                 IN_PROGRESS,         true",
        "NEW,                 WAITING_ON_CUSTOMER, true",
        "NEW,                 RESOLVED,            true",
        "NEW,                 CLOSED,              false",
        "IN_PROGRESS,         NEW,                 false",
        "IN_PROGRESS,         WAITING_ON_CUSTOMER, true",
        "IN_PROGRESS,         RESOLVED,            true",
        "IN_PROGRESS,         CLOSED,              false",
        "WAITING_ON_CUSTOMER, NEW,                 false",
        "WAITING_ON_CUSTOMER, IN_PROGRESS,         true",
        "WAITING_ON_CUSTOMER, RESOLVED,            true",
        "WAITING_ON_CUSTOMER, CLOSED,              false",
        "RESOLVED,            NEW,                 false",
        "RESOLVED,            IN_PROGRESS,         true",
        "RESOLVED,            WAITING_ON_CUSTOMER, false",
        "RESOLVED,            CLOSED,              true",
        "CLOSED,              NEW,                 false",
        "CLOSED,              IN_PROGRESS,         false",
        "CLOSED,              WAITING_ON_CUSTOMER, false",
        "CLOSED,              RESOLVED,            false",
    })
    void theHandlerMovesASupportRequestOnlyAlongTheAllowedTransitions(
            SupportRequestStatus from, SupportRequestStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
        SupportRequest request = requestIn(from);
        if (allowed) {
            assertThat(request.changeStatus(to, "Restarted the connector", LATER))
                    .isEqualTo(from);
            assertThat(request.getStatus()).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> request.changeStatus(to, "Restarted the connector", LATER))
                    .isInstanceOfSatisfying(BusinessException.class, e -> {
                        assertThat(e.status()).isEqualTo(422);
                        assertThat(e.code()).isEqualTo("INVALID_STATUS_CHANGE");
                    });
            assertThat(request.getStatus()).isEqualTo(from);
        }
    }

    @ParameterizedTest
    @EnumSource(SupportRequestStatus.class)
    void movingASupportRequestToTheStatusItHasIsNoChangeAndNoResponse(SupportRequestStatus status) {
        SupportRequest request = requestIn(status);
        Instant respondedAt = request.getFirstRespondedAt();

        assertThat(status.canMoveTo(status)).isFalse();
        assertThat(request.changeStatus(status, null, LATER)).isEqualTo(status);
        assertThat(request.getStatus()).isEqualTo(status);
        assertThat(request.getFirstRespondedAt()).isEqualTo(respondedAt);
    }

    @Test
    void aClosedSupportRequestIsFinal() {
        assertThat(SupportRequestStatus.CLOSED.next()).isEmpty();
    }

    @ParameterizedTest(name = "resolution \"{1}\" from {0}")
    @CsvSource({"NEW, ''", "IN_PROGRESS, '   '", "WAITING_ON_CUSTOMER, ''"})
    void resolvingASupportRequestNeedsATextSayingWhatWasDone(SupportRequestStatus from, String text) {
        SupportRequest request = requestIn(from);
        assertThatThrownBy(() -> request.changeStatus(SupportRequestStatus.RESOLVED, text, LATER))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.code()).isEqualTo("RESOLUTION_REQUIRED"));
        assertThatThrownBy(() -> request.changeStatus(SupportRequestStatus.RESOLVED, null, LATER))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.code()).isEqualTo("RESOLUTION_REQUIRED"));
        assertThat(request.getStatus()).isEqualTo(from);

        request.changeStatus(SupportRequestStatus.RESOLVED, "  Restarted the connector ", LATER);
        assertThat(request.getResolution()).isEqualTo("Restarted the connector");
    }

    @ParameterizedTest
    @EnumSource(
            value = SupportRequestStatus.class,
            names = {"IN_PROGRESS", "WAITING_ON_CUSTOMER", "RESOLVED"})
    void theHandlersFirstStatusChangeIsTheFirstResponse(SupportRequestStatus to) {
        SupportRequest request = newRequest();
        request.changeStatus(to, "Restarted the connector", LATER);
        request.changeStatus(
                to == SupportRequestStatus.IN_PROGRESS
                        ? SupportRequestStatus.RESOLVED
                        : SupportRequestStatus.IN_PROGRESS,
                "Restarted the connector",
                LATER.plusSeconds(60));

        assertThat(request.getFirstRespondedAt()).isEqualTo(LATER);
    }

    @ParameterizedTest(name = "{0} is open: {1}")
    @CsvSource({
        "NEW,                 true",
        "IN_PROGRESS,         true",
        "WAITING_ON_CUSTOMER, true",
        "RESOLVED,            false",
        "CLOSED,              false",
    })
    void aSupportRequestIsOpenUntilItIsResolved(SupportRequestStatus status, boolean open) {
        assertThat(status.isOpen()).isEqualTo(open);
    }

    @ParameterizedTest(name = "{0}: the customer may add a note: {1}")
    @CsvSource({
        "NEW,                 true",
        "IN_PROGRESS,         true",
        "WAITING_ON_CUSTOMER, true",
        "RESOLVED,            true",
        "CLOSED,              false",
    })
    void theCustomerMayAddNotesUntilTheRequestIsClosed(SupportRequestStatus status, boolean accepted) {
        assertThat(status.acceptsCustomerNotes()).isEqualTo(accepted);
    }

    @ParameterizedTest(name = "escalated while {0}: {1}")
    @CsvSource({
        "NEW,                 IN_PROGRESS",
        "IN_PROGRESS,         IN_PROGRESS",
        "WAITING_ON_CUSTOMER, WAITING_ON_CUSTOMER",
    })
    void escalatingANewSupportRequestPutsItInProgressOthersKeepTheirStatus(
            SupportRequestStatus status, SupportRequestStatus after) {
        assertThat(status.whenEscalated()).isEqualTo(after);
        assertThat(status.whenEscalated() == status || status.canMoveTo(status.whenEscalated()))
                .isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        "OPEN,             OPEN,             false",
        "OPEN,             ATTENTION_NEEDED, true",
        "OPEN,             CLOSED,           true",
        "ATTENTION_NEEDED, OPEN,             true",
        "ATTENTION_NEEDED, ATTENTION_NEEDED, false",
        "ATTENTION_NEEDED, CLOSED,           true",
        "CLOSED,           OPEN,             true",
        "CLOSED,           ATTENTION_NEEDED, true",
        "CLOSED,           CLOSED,           false",
    })
    void theFilerMayMoveAServiceRequestFromAnyStatusToAnyOtherClosedOnesIncluded(
            ServiceRequestStatus from, ServiceRequestStatus to, boolean isAMove) {
        assertThat(from.canMoveTo(to)).isEqualTo(isAMove);
        ServiceRequest request = new ServiceRequest(
                customer,
                provider,
                null,
                ServiceRequestType.COMMERCIAL,
                null,
                null,
                "Licence count",
                "Please check",
                Severity.C,
                "ayse",
                OPENED);
        assertThat(request.getStatus()).isEqualTo(ServiceRequestStatus.OPEN);
        request.changeStatus(from, OPENED.plusSeconds(1));
        if (isAMove) {
            assertThat(request.changeStatus(to, LATER)).isEqualTo(from);
            assertThat(request.getStatus()).isEqualTo(to);
            assertThat(request.getChangedAt()).isEqualTo(LATER);
        }
    }
}
