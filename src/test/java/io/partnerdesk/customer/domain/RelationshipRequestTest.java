package io.partnerdesk.customer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RelationshipRequestTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    @Test
    void aRequestIsOpenUntilItIsAnsweredOrExpires() {
        assertThat(RelationshipRequest.isOpen(RelationshipRequest.Status.OPEN, NOW.plusSeconds(1), NOW))
                .isTrue();
        assertThat(RelationshipRequest.isOpen(RelationshipRequest.Status.OPEN, NOW, NOW))
                .as("expired at this very instant")
                .isFalse();
        assertThat(RelationshipRequest.isOpen(RelationshipRequest.Status.ACCEPTED, NOW.plusSeconds(60), NOW))
                .isFalse();
        assertThat(RelationshipRequest.isOpen(RelationshipRequest.Status.DECLINED, NOW.plusSeconds(60), NOW))
                .isFalse();
    }

    @Test
    void aDomainNameHasAtLeastTwoLabelsOfLettersDigitsAndInnerHyphens() {
        assertThat("contoso.com").matches(DomainName.PATTERN);
        assertThat("Mail.Tailspin-Toys.co.uk").matches(DomainName.PATTERN);
        assertThat("localhost").doesNotMatch(DomainName.PATTERN);
        assertThat("-contoso.com").doesNotMatch(DomainName.PATTERN);
        assertThat("contoso..com").doesNotMatch(DomainName.PATTERN);
    }
}
