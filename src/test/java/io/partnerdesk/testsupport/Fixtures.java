package io.partnerdesk.testsupport;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import io.partnerdesk.customer.domain.Customer;
import io.partnerdesk.customer.domain.CustomerRelationship;
import io.partnerdesk.partner.domain.Partner;
import io.partnerdesk.partner.domain.PartnerKind;
import io.partnerdesk.partner.domain.ResellerPartnership;
import io.partnerdesk.shared.security.DirectorySettings;
import io.partnerdesk.shared.security.EmbeddedDirectory;
import io.partnerdesk.subscription.domain.Product;
import io.partnerdesk.subscription.domain.Subscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Builds the data a test needs, fresh for each test (unique names, ids and accounts), straight into
 * the database and the embedded directory, so that no test depends on another's data or order.
 */
@ApplicationScoped
public class Fixtures {

    private static final String BASE = DirectorySettings.EMBEDDED_BASE_DN;

    @PersistenceContext
    EntityManager em;

    @Inject
    EmbeddedDirectory directory;

    @Transactional
    public UUID customer(String name) {
        String unique = unique();
        Customer customer = new Customer(name + " " + unique, "c" + unique + ".example", "US");
        em.persist(customer);
        return customer.getId();
    }

    /** The company name a customer was given (with its unique suffix). */
    public String customerName(UUID customerId) {
        return em.find(Customer.class, customerId).getCompanyName();
    }

    /** An active relationship; with delegated admin valid for {@code delegatedAdminFor} if not null. */
    @Transactional
    public UUID relationship(UUID partnerId, UUID customerId, Duration delegatedAdminFor) {
        CustomerRelationship relationship = new CustomerRelationship(
                em.find(Partner.class, partnerId), em.find(Customer.class, customerId), Instant.now());
        if (delegatedAdminFor != null) {
            relationship.grantDelegatedAdmin(
                    Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(delegatedAdminFor));
        }
        em.persist(relationship);
        return relationship.getId();
    }

    /** A subscription the provider provides, optionally resold, supported by {@code contactId}. */
    @Transactional
    public UUID subscription(UUID customerId, UUID productId, UUID providerId, UUID resellerId, UUID contactId) {
        Subscription subscription = new Subscription(
                em.find(Customer.class, customerId),
                em.find(Product.class, productId),
                10,
                em.find(Partner.class, providerId),
                resellerId == null ? null : em.find(Partner.class, resellerId),
                Instant.now());
        subscription.assignSupportContact(em.find(Partner.class, contactId), Instant.now());
        em.persist(subscription);
        return subscription.getId();
    }

    /** A new indirect reseller with a directory group of its own. */
    @Transactional
    public UUID reseller(String name) {
        String unique = unique();
        Partner partner = new Partner(
                name + " " + unique,
                PartnerKind.INDIRECT_RESELLER,
                String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999)),
                "org-" + unique);
        em.persist(partner);
        group("org-" + unique);
        return partner.getId();
    }

    /** A new indirect provider with a directory group of its own (and no support offering). */
    @Transactional
    public UUID provider(String name) {
        String unique = unique();
        Partner partner = new Partner(
                name + " " + unique,
                PartnerKind.INDIRECT_PROVIDER,
                String.valueOf(ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999)),
                "org-" + unique);
        em.persist(partner);
        group("org-" + unique);
        return partner.getId();
    }

    @Transactional
    public void partnership(UUID providerId, UUID resellerId, boolean active) {
        Partner provider = em.find(Partner.class, providerId);
        Partner reseller = em.find(Partner.class, resellerId);
        em.persist(
                active
                        ? ResellerPartnership.active(provider, reseller, Instant.now())
                        : ResellerPartnership.invited(provider, reseller, Instant.now()));
    }

    /**
     * A provider of its own, one of its staff in {@code roleGroup}, and a customer (with a relationship
     * and delegated admin) whose subscription it supports, with the customer's admin: what a support
     * test starts from when it must not share data with any other.
     */
    public record Desk(UUID provider, String staff, UUID customer, UUID subscription, String customerAdmin) {}

    @Transactional
    public Desk desk(String name, String roleGroup) {
        UUID provider = provider(name + " provider");
        UUID customer = customer(name + " customer");
        relationship(provider, customer, Duration.ofDays(30));
        UUID subscription = subscription(customer, Demo.EXCHANGE_PLAN_1, provider, null, provider);
        return new Desk(provider, staff(provider, roleGroup), customer, subscription, customerAdmin(customer));
    }

    /** A directory account on the partner's staff with the given role group; returns its name. */
    public String staff(UUID partnerId, String roleGroup) {
        String group = em.find(Partner.class, partnerId).getDirectoryGroup();
        return person(List.of(group, roleGroup));
    }

    /** A customer admin account for the customer (linking the customer to a directory group). */
    @Transactional
    public String customerAdmin(UUID customerId) {
        Customer customer = em.find(Customer.class, customerId);
        String group = "org-" + unique();
        group(group);
        customer.linkDirectoryGroup(group);
        return person(List.of(group, "partnerdesk-customer-admins"));
    }

    @Transactional
    public String supportContactOf(UUID subscriptionId) {
        Subscription subscription = em.find(Subscription.class, subscriptionId);
        em.refresh(subscription);
        return subscription.getSupportContact().getName();
    }

    @Transactional
    public long auditCount(Object resourceId, String action) {
        return em.createQuery(
                        "SELECT COUNT(a) FROM AuditRecord a WHERE a.resourceId = :id AND a.action = :action",
                        Long.class)
                .setParameter("id", resourceId.toString())
                .setParameter("action", action)
                .getSingleResult();
    }

    @Transactional
    public long noticeCount(UUID partnerId, String key) {
        return em.createQuery(
                        "SELECT COUNT(n) FROM Notice n WHERE n.partnerId = :partner AND n.message LIKE :key",
                        Long.class)
                .setParameter("partner", partnerId)
                .setParameter("key", key + "%")
                .getSingleResult();
    }

    @Transactional
    public void expireDelegatedAdmin(UUID relationshipId) {
        em.createQuery("UPDATE CustomerRelationship r SET r.delegatedAdminExpiresAt = :past WHERE r.id = :id")
                .setParameter("past", Instant.now().minusSeconds(60))
                .setParameter("id", relationshipId)
                .executeUpdate();
    }

    /** A catalogue service of its own (unique name and feed name) and a product that includes only it. */
    public record TestService(UUID serviceId, UUID productId, String feedName) {}

    @Transactional
    public TestService onlineService(String name) {
        String unique = unique();
        UUID serviceId = UUID.randomUUID();
        UUID productId = UUID.randomUUID();
        String feedName = name + " " + unique;
        em.createNativeQuery("INSERT INTO online_service (id, name, feed_name, admin_portal_url_template)"
                        + " VALUES (?, ?, ?, ?)")
                .setParameter(1, serviceId.toString())
                .setParameter(2, name + " service " + unique)
                .setParameter(3, feedName)
                .setParameter(4, "https://admin.example/" + unique + "?tenant={tenantId}")
                .executeUpdate();
        em.createNativeQuery("INSERT INTO product (id, name) VALUES (?, ?)")
                .setParameter(1, productId.toString())
                .setParameter(2, name + " product " + unique)
                .executeUpdate();
        em.createNativeQuery("INSERT INTO product_service (product_id, service_id) VALUES (?, ?)")
                .setParameter(1, productId.toString())
                .setParameter(2, serviceId.toString())
                .executeUpdate();
        return new TestService(serviceId, productId, feedName);
    }

    /**
     * The catalogue service with exactly this name (its feed name differs), created the first time;
     * for configuration that names a service, which must outlive one test run's unique names.
     */
    @Transactional
    public UUID onlineServiceNamed(String name) {
        List<?> known = em.createNativeQuery("SELECT id FROM online_service WHERE name = ?")
                .setParameter(1, name)
                .getResultList();
        if (!known.isEmpty()) {
            return UUID.fromString(known.get(0).toString());
        }
        UUID serviceId = UUID.randomUUID();
        em.createNativeQuery("INSERT INTO online_service (id, name, feed_name, admin_portal_url_template)"
                        + " VALUES (?, ?, ?, ?)")
                .setParameter(1, serviceId.toString())
                .setParameter(2, name)
                .setParameter(3, "Feed name of " + name)
                .setParameter(4, "https://admin.example/?tenant={tenantId}")
                .executeUpdate();
        return serviceId;
    }

    @Transactional
    public void suspendSubscription(UUID subscriptionId) {
        em.find(Subscription.class, subscriptionId)
                .changeStatus(io.partnerdesk.subscription.domain.SubscriptionStatus.SUSPENDED, Instant.now());
    }

    @Transactional
    public void removeRelationship(UUID relationshipId) {
        em.find(CustomerRelationship.class, relationshipId).remove();
    }

    @Transactional
    public long auditCount(String action) {
        return em.createQuery("SELECT COUNT(a) FROM AuditRecord a WHERE a.action = :action", Long.class)
                .setParameter("action", action)
                .getSingleResult();
    }

    public String partnerName(UUID partnerId) {
        return em.find(Partner.class, partnerId).getName();
    }

    /**
     * A directory group not yet known to PartnerDesk with one member, who also holds the role group;
     * returns the member's name.
     */
    public String memberOfNewGroup(String group, String roleGroup) {
        group(group);
        return person(List.of(group, roleGroup));
    }

    /** Adds an existing directory account to one more group. */
    public void addToGroup(String uid, String group) {
        try {
            server().modify(
                            "cn=" + group + ",ou=groups," + BASE,
                            new Modification(ModificationType.ADD, "member", "uid=" + uid + ",ou=people," + BASE));
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
    }

    private String person(List<String> groups) {
        String uid = "t" + unique();
        String dn = "uid=" + uid + ",ou=people," + BASE;
        try {
            server().add(new Entry(
                    dn,
                    new Attribute("objectClass", "top", "person", "organizationalPerson", "inetOrgPerson"),
                    new Attribute("uid", uid),
                    new Attribute("cn", "Test " + uid),
                    new Attribute("sn", uid),
                    new Attribute("userPassword", Api.PASSWORD)));
            for (String group : groups) {
                server().modify(
                                "cn=" + group + ",ou=groups," + BASE,
                                new Modification(ModificationType.ADD, "member", dn));
            }
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
        return uid;
    }

    private void group(String name) {
        try {
            server().add(new Entry(
                    "cn=" + name + ",ou=groups," + BASE,
                    new Attribute("objectClass", "top", "groupOfNames"),
                    new Attribute("cn", name),
                    // groupOfNames needs a member: a name no account has.
                    new Attribute("member", "uid=nobody-" + name + ",ou=people," + BASE)));
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
    }

    private InMemoryDirectoryServer server() {
        return directory.server().orElseThrow();
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
