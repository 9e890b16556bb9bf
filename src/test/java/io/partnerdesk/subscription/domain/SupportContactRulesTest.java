package io.partnerdesk.subscription.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.partnerdesk.customer.domain.Customer;
import io.partnerdesk.customer.domain.CustomerRelationship;
import io.partnerdesk.partner.domain.Partner;
import io.partnerdesk.partner.domain.PartnerKind;
import io.partnerdesk.partner.domain.ResellerPartnership;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rules 1 and 2: who is a subscription's designated support contact, who may become it, and who
 * chooses. Each row builds the facts (the candidate's kind, its partnership with the provider, its
 * relationship with the customer and its delegated admin privileges) and states the outcome.
 */
class SupportContactRulesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    /** Where the candidate's partnership with the subscription's provider stands. */
    enum PartnershipFact {
        NONE,
        INVITED,
        ACTIVE,
        ENDED
    }

    /** Where the candidate's relationship with the subscription's customer stands. */
    enum RelationshipFact {
        NONE,
        ACTIVE,
        REMOVED
    }

    /** The candidate's delegated admin privileges for the customer, measured against {@link #NOW}. */
    enum DelegatedAdminFact {
        NONE,
        NO_EXPIRY,
        EXPIRES_IN_A_MINUTE,
        EXPIRES_NOW,
        EXPIRED_A_MINUTE_AGO,
        REVOKED
    }

    private final Partner provider = new Partner("Tailspin", PartnerKind.INDIRECT_PROVIDER, "1000001", "tailspin");
    private final Partner reseller = new Partner("Northwind", PartnerKind.INDIRECT_RESELLER, "1000002", "northwind");
    private final Partner otherReseller = new Partner("Wingtip", PartnerKind.INDIRECT_RESELLER, "1000003", "wingtip");
    private final Partner directPartner = new Partner("Litware", PartnerKind.DIRECT, "1000004", "litware");
    private final Partner otherProvider = new Partner("Fabrikam", PartnerKind.INDIRECT_PROVIDER, "1000005", "fabrikam");
    private final Customer customer = new Customer("Contoso", "contoso.example", "TR");
    private final Subscription subscription = new Subscription(customer, null, 10, provider, reseller, NOW);

    private Partner named(String who) {
        return Map.of(
                        "provider", provider,
                        "reseller", reseller,
                        "other reseller", otherReseller,
                        "direct partner", directPartner,
                        "other provider", otherProvider)
                .get(who);
    }

    private Eligibility eligibility(
            Partner candidate, PartnershipFact partnership, RelationshipFact relationship, DelegatedAdminFact admin) {
        Optional<ResellerPartnership> withProvider =
                switch (partnership) {
                    case NONE -> Optional.empty();
                    case INVITED -> Optional.of(ResellerPartnership.invited(provider, candidate, NOW));
                    case ACTIVE -> Optional.of(ResellerPartnership.active(provider, candidate, NOW));
                    case ENDED -> {
                        ResellerPartnership ended = ResellerPartnership.active(provider, candidate, NOW);
                        ended.end(NOW);
                        yield Optional.of(ended);
                    }
                };
        Optional<CustomerRelationship> withCustomer = Optional.empty();
        if (relationship != RelationshipFact.NONE) {
            CustomerRelationship r = new CustomerRelationship(candidate, customer, NOW.minus(Duration.ofDays(30)));
            switch (admin) {
                case NONE -> {}
                case NO_EXPIRY -> r.grantDelegatedAdmin(NOW.minus(Duration.ofDays(1)), null);
                case EXPIRES_IN_A_MINUTE -> r.grantDelegatedAdmin(
                        NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofMinutes(1)));
                case EXPIRES_NOW -> r.grantDelegatedAdmin(NOW.minus(Duration.ofDays(1)), NOW);
                case EXPIRED_A_MINUTE_AGO -> r.grantDelegatedAdmin(
                        NOW.minus(Duration.ofDays(1)), NOW.minus(Duration.ofMinutes(1)));
                case REVOKED -> {
                    r.grantDelegatedAdmin(NOW.minus(Duration.ofDays(1)), null);
                    r.revokeDelegatedAdmin();
                }
            }
            if (relationship == RelationshipFact.REMOVED) {
                r.remove();
            }
            withCustomer = Optional.of(r);
        }
        return subscription.eligibilityOf(candidate, withProvider, withCustomer, NOW);
    }

    @Test
    void aNewSubscriptionIsSupportedByItsProvider() {
        assertThat(subscription.getSupportContact()).isSameAs(provider);
        assertThat(subscription.isSupportedByProvider()).isTrue();
        assertThat(subscription.isSupportedBy(provider.getId())).isTrue();
        assertThat(subscription.isSupportedBy(reseller.getId())).isFalse();
    }

    @ParameterizedTest(name = "provider with partnership {0}, relationship {1}, delegated admin {2}: eligible")
    @CsvSource({
        "NONE,   NONE,    NONE",
        "ENDED,  REMOVED, EXPIRED_A_MINUTE_AGO",
        "ACTIVE, ACTIVE,  NO_EXPIRY",
    })
    void theProviderItselfIsAlwaysEligible(
            PartnershipFact partnership, RelationshipFact relationship, DelegatedAdminFact admin) {
        assertThat(eligibility(provider, partnership, relationship, admin)).isEqualTo(Eligibility.ELIGIBLE);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "reseller,        ELIGIBLE",
        "other reseller,  ELIGIBLE",
        "direct partner,  NOT_A_RESELLER",
        "other provider,  NOT_A_RESELLER",
    })
    void besidesTheProviderOnlyAnIndirectResellerCanBeTheContact(String who, Eligibility expected) {
        // Every other condition holds: the partner's kind alone decides.
        assertThat(eligibility(
                        named(who), PartnershipFact.ACTIVE, RelationshipFact.ACTIVE, DelegatedAdminFact.NO_EXPIRY))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "partnership {0}: {1}")
    @CsvSource({
        "ACTIVE,  ELIGIBLE",
        "INVITED, PARTNERSHIP_NOT_ACTIVE",
        "ENDED,   PARTNERSHIP_NOT_ACTIVE",
        "NONE,    PARTNERSHIP_NOT_ACTIVE",
    })
    void aResellerIsEligibleOnlyWhileItsPartnershipWithTheProviderIsActive(
            PartnershipFact partnership, Eligibility expected) {
        assertThat(eligibility(reseller, partnership, RelationshipFact.ACTIVE, DelegatedAdminFact.NO_EXPIRY))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "relationship {0}: {1}")
    @CsvSource({
        "ACTIVE,  ELIGIBLE",
        "REMOVED, NO_CUSTOMER_RELATIONSHIP",
        "NONE,    NO_CUSTOMER_RELATIONSHIP",
    })
    void aResellerIsEligibleOnlyWithAnActiveRelationshipWithTheCustomer(
            RelationshipFact relationship, Eligibility expected) {
        assertThat(eligibility(reseller, PartnershipFact.ACTIVE, relationship, DelegatedAdminFact.NO_EXPIRY))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "delegated admin {0}: {1}")
    @CsvSource({
        "NO_EXPIRY,            ELIGIBLE",
        "EXPIRES_IN_A_MINUTE,  ELIGIBLE",
        "EXPIRES_NOW,          NO_DELEGATED_ADMIN",
        "EXPIRED_A_MINUTE_AGO, NO_DELEGATED_ADMIN",
        "REVOKED,              NO_DELEGATED_ADMIN",
        "NONE,                 NO_DELEGATED_ADMIN",
    })
    void aResellerIsEligibleOnlyWhileItsDelegatedAdminPrivilegesForTheCustomerHaveNotExpired(
            DelegatedAdminFact admin, Eligibility expected) {
        assertThat(eligibility(reseller, PartnershipFact.ACTIVE, RelationshipFact.ACTIVE, admin))
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}, partnership {1}, relationship {2}, delegated admin {3}: {4}")
    @CsvSource({
        "direct partner, NONE,    NONE,    NONE,      NOT_A_RESELLER",
        "reseller,       NONE,    NONE,    NONE,      PARTNERSHIP_NOT_ACTIVE",
        "reseller,       INVITED, REMOVED, REVOKED,   PARTNERSHIP_NOT_ACTIVE",
        "reseller,       ACTIVE,  NONE,    NONE,      NO_CUSTOMER_RELATIONSHIP",
        "reseller,       ACTIVE,  REMOVED, NO_EXPIRY, NO_CUSTOMER_RELATIONSHIP",
        "reseller,       ACTIVE,  ACTIVE,  NONE,      NO_DELEGATED_ADMIN",
    })
    void aRefusalNamesTheFirstFailedConditionInTheOrderKindPartnershipRelationshipDelegatedAdmin(
            String who,
            PartnershipFact partnership,
            RelationshipFact relationship,
            DelegatedAdminFact admin,
            Eligibility expected) {
        assertThat(eligibility(named(who), partnership, relationship, admin)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is eligible: {1}")
    @CsvSource({
        "ELIGIBLE,                 true",
        "PARTNERSHIP_NOT_ACTIVE,   false",
        "NO_CUSTOMER_RELATIONSHIP, false",
        "NO_DELEGATED_ADMIN,       false",
        "NOT_A_RESELLER,           false",
    })
    void onlyTheOutcomeEligibleAllowsTheAssignment(Eligibility eligibility, boolean allowed) {
        assertThat(eligibility.isEligible()).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "provider,       true",
        "reseller,       false",
        "other reseller, false",
        "other provider, false",
    })
    void onlyTheProvidersStaffChooseTheSupportContact(String who, boolean mayChoose) {
        assertThat(subscription.isProvidedBy(named(who).getId())).isEqualTo(mayChoose);
    }

    @ParameterizedTest(name = "contact {0}, seen by {1}: {2}")
    @CsvSource({
        "provider,       provider,       true",
        "provider,       reseller,       true",
        "provider,       other reseller, false",
        "provider,       other provider, false",
        "other reseller, other reseller, true",
        "other reseller, reseller,       true",
        "other reseller, direct partner, false",
    })
    void aSubscriptionIsSeenByItsProviderItsResellerAndItsSupportContactOnly(String contact, String who, boolean sees) {
        subscription.assignSupportContact(named(contact), NOW);
        assertThat(subscription.isVisibleTo(named(who).getId())).isEqualTo(sees);
    }

    @ParameterizedTest(name = "{0}''s staff see {1} among the candidates: {2}")
    @CsvSource({
        "provider,       provider,       true",
        "provider,       reseller,       true",
        "provider,       other reseller, true",
        "reseller,       provider,       true",
        "reseller,       reseller,       true",
        "reseller,       other reseller, false",
        "other reseller, reseller,       false",
    })
    void aResellersStaffSeeOnlyTheProviderAndTheirOwnOrganisationAmongTheCandidates(
            String caller, String candidate, boolean shown) {
        assertThat(subscription.showsCandidateTo(
                        named(caller).getId(), named(candidate).getId()))
                .isEqualTo(shown);
    }

    @ParameterizedTest(name = "contact {0}, chosen {1}: changes {2}")
    @CsvSource({
        "provider, provider,       false",
        "provider, reseller,       true",
        "reseller, reseller,       false",
        "reseller, provider,       true",
        "reseller, other reseller, true",
    })
    void choosingThePartnerThatIsAlreadyTheContactChangesNothing(String contact, String chosen, boolean changes) {
        subscription.assignSupportContact(named(contact), NOW);
        assertThat(!subscription.isSupportedBy(named(chosen).getId())).isEqualTo(changes);
    }

    @Test
    void revertingAContactSendsSupportBackToTheProvider() {
        subscription.assignSupportContact(reseller, NOW);
        subscription.revertSupportContactToProvider(NOW.plusSeconds(60));
        assertThat(subscription.isSupportedByProvider()).isTrue();
        assertThat(subscription.getChangedAt()).isEqualTo(NOW.plusSeconds(60));
    }
}
