package io.partnerdesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.partnerdesk.customer.application.RelationshipService;
import io.partnerdesk.partner.application.PartnershipService;
import io.partnerdesk.subscription.application.SupportContactService;
import io.partnerdesk.subscription.domain.SubscriptionRepository.ContactShare;
import io.partnerdesk.testsupport.Demo;
import io.partnerdesk.testsupport.Deployments;
import io.partnerdesk.testsupport.Fixtures;
import io.partnerdesk.testsupport.SignedIn;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The provider admin's dashboard cards, on a provider of the test's own: its subscriptions by support
 * contact, the delegated admin privileges that run out within 30 days, the resellers it invited that
 * have not answered; only its own, and only for its administrators.
 */
@ExtendWith(ArquillianExtension.class)
class AdminOverviewIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWithTests(AdminOverviewIT.class);
    }

    @Inject
    Fixtures fixtures;

    @Inject
    SignedIn signedIn;

    @Inject
    SupportContactService contacts;

    @Inject
    RelationshipService relationships;

    @Inject
    PartnershipService partnerships;

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aProvidersAdminSeesItsOwnSupportContactsExpiringPrivilegesAndWaitingInvitations() {
        UUID provider = fixtures.provider("Overview");
        String admin = fixtures.staff(provider, "partnerdesk-admin-agents");
        UUID reseller = fixtures.reseller(unique("Overview Reseller"));
        UUID invited = fixtures.reseller(unique("Invited Reseller"));
        fixtures.partnership(provider, reseller, true);
        fixtures.partnership(provider, invited, false);
        UUID soon = fixtures.customer(unique("Soon Ending"));
        UUID later = fixtures.customer(unique("Later Ending"));
        fixtures.relationship(provider, soon, Duration.ofDays(10));
        fixtures.relationship(provider, later, Duration.ofDays(90));
        fixtures.relationship(reseller, soon, Duration.ofDays(365));
        fixtures.subscription(soon, Demo.BUSINESS_STANDARD, provider, reseller, provider);
        fixtures.subscription(soon, Demo.E3, provider, reseller, reseller);
        fixtures.subscription(later, Demo.AZURE_PLAN, provider, null, provider);
        UUID suspended = fixtures.subscription(later, Demo.E3, provider, null, provider);
        fixtures.suspendSubscription(suspended);
        // Another provider's subscription with this reseller is not counted.
        fixtures.subscription(soon, Demo.EXCHANGE_PLAN_1, Demo.CONTOSO, reseller, reseller);

        signedIn.as(admin);
        assertThat(contacts.supportContactsOfMySubscriptions())
                .extracting(ContactShare::partnerId, ContactShare::subscriptions, ContactShare::soldByReseller)
                .containsExactly(tuple(provider, 2L, 1L), tuple(reseller, 1L, 1L));
        assertThat(relationships.delegatedAdminExpiringWithin(30, 6))
                .extracting(r -> r.getCustomer().getId())
                .containsExactly(soon);
        assertThat(partnerships.invitationsWaiting(6))
                .extracting(v -> v.partner().getId())
                .containsExactly(invited);
    }

    @Test
    void aHelpdeskAgentIsRefusedTheAdministrationFigures() {
        UUID provider = fixtures.provider("Overview Helpdesk");
        signedIn.as(fixtures.staff(provider, "partnerdesk-helpdesk-agents"));

        assertThatThrownBy(() -> contacts.supportContactsOfMySubscriptions()).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> relationships.delegatedAdminExpiringWithin(30, 6))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> partnerships.invitationsWaiting(6)).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void theSupportContactFiguresFollowAChangeAtOnce() {
        UUID provider = fixtures.provider("Overview Change");
        String admin = fixtures.staff(provider, "partnerdesk-global-admins");
        UUID customer = fixtures.customer(unique("Overview Change Customer"));
        fixtures.relationship(provider, customer, Duration.ofDays(365));
        fixtures.subscription(customer, Demo.BUSINESS_STANDARD, provider, null, provider);
        signedIn.as(admin);
        assertThat(contacts.supportContactsOfMySubscriptions())
                .extracting(ContactShare::subscriptions)
                .containsExactly(1L);

        fixtures.subscription(customer, Demo.E3, provider, null, provider);

        assertThat(contacts.supportContactsOfMySubscriptions())
                .extracting(ContactShare::subscriptions)
                .containsExactly(2L);
    }
}
