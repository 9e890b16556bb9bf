package io.partnerdesk.customer.application;

import io.partnerdesk.audit.application.AuditLog;
import io.partnerdesk.customer.domain.Customer;
import io.partnerdesk.customer.domain.CustomerRelationship;
import io.partnerdesk.customer.domain.CustomerRepository;
import io.partnerdesk.customer.domain.DomainName;
import io.partnerdesk.customer.domain.RelationshipRepository;
import io.partnerdesk.partner.domain.Partner;
import io.partnerdesk.partner.domain.PartnerRepository;
import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.Page;
import io.partnerdesk.shared.SystemText;
import io.partnerdesk.shared.security.CurrentUser;
import io.partnerdesk.shared.security.DirectoryGroupCheck;
import io.partnerdesk.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** The caller's customers: listing, looking up and adding them. Cut to the caller's organisation. */
@Stateless
@RolesAllowed({Role.GLOBAL_ADMIN, Role.ADMIN_AGENT, Role.HELPDESK_AGENT, Role.SALES_AGENT, Role.USER_MANAGEMENT_ADMIN})
public class CustomerService {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @Inject
    CurrentUser currentUser;

    @Inject
    CustomerRepository customers;

    @Inject
    RelationshipRepository relationships;

    @Inject
    PartnerRepository partners;

    @Inject
    DirectoryGroupCheck directoryGroups;

    @Inject
    AuditLog auditLog;

    /** What adding a customer takes. */
    public record NewCustomer(
            @NotBlank @Size(max = 200) String companyName,
            @NotBlank @DomainName String domain,
            @NotNull @Pattern(regexp = "[A-Za-z]{2}", message = "{partnerdesk.validation.countryCode}") String country,
            @Size(max = 200) String directoryGroup) {

        public NewCustomer(String companyName, String domain, String country) {
            this(companyName, domain, country, null);
        }
    }

    public Page<CustomerRelationship> page(
            String filter, CustomerRepository.Sort sort, boolean ascending, int offset, int size) {
        UUID partnerId = currentUser.requirePartnerId();
        return new Page<>(
                customers.count(partnerId, filter), customers.page(partnerId, filter, sort, ascending, offset, size));
    }

    /** How many of the caller's customers match the filter. */
    public long count(String filter) {
        return customers.count(currentUser.requirePartnerId(), filter);
    }

    /** One page of the caller's customers, without counting them all again. */
    public List<CustomerRelationship> pageOnly(
            String filter, CustomerRepository.Sort sort, boolean ascending, int offset, int size) {
        return customers.page(currentUser.requirePartnerId(), filter, sort, ascending, offset, size);
    }

    /** How many customers a search for one suggests at most. */
    public static final int SUGGESTIONS = 20;

    /** How much of a name a search for a customer needs. */
    public static final int QUERY_MIN_LENGTH = 2;

    /**
     * Up to {@link #SUGGESTIONS} of the caller's customers whose name or domain contains {@code text},
     * by name, for choosing one in a filter: the customer list's query, which reads the name index
     * and stops after one page whatever the number of customers. Nothing for less than {@link
     * #QUERY_MIN_LENGTH} characters.
     */
    public List<Customer> matching(String text) {
        if (text == null || text.trim().length() < QUERY_MIN_LENGTH) {
            return List.of();
        }
        return customers
                .page(
                        currentUser.requirePartnerId(),
                        text.trim(),
                        CustomerRepository.Sort.COMPANY_NAME,
                        true,
                        0,
                        SUGGESTIONS)
                .stream()
                .map(CustomerRelationship::getCustomer)
                .toList();
    }

    /** The customer with the caller's relationship to it; 404 when the caller has none. */
    public CustomerRelationship get(UUID customerId) {
        return relationships
                .findVisible(currentUser.requirePartnerId(), customerId)
                .orElseThrow(() -> BusinessException.notFound("customer", customerId));
    }

    /** Adds a customer with an active relationship to the caller's organisation. */
    @RolesAllowed({Role.GLOBAL_ADMIN, Role.ADMIN_AGENT, Role.SALES_AGENT})
    public CustomerRelationship add(@Valid @NotNull NewCustomer request) {
        Partner partner = partners.find(currentUser.requirePartnerId()).orElseThrow();
        String country = request.country().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(country)) {
            throw BusinessException.ruleBroken("INVALID_COUNTRY", request.country());
        }
        String domain = request.domain().trim().toLowerCase(Locale.ROOT);
        if (customers.domainTaken(domain)) {
            throw BusinessException.conflict("DOMAIN_TAKEN", List.of(), domain);
        }
        String group =
                request.directoryGroup() == null || request.directoryGroup().isBlank()
                        ? null
                        : request.directoryGroup().trim();
        if (group != null) {
            group = directoryGroups.givableToNewCustomer(group);
        }
        Instant now = Instant.now();
        Customer customer = new Customer(request.companyName().trim(), domain, country);
        // The customer's admins are the members of this directory group: with it, they can sign in.
        customer.linkDirectoryGroup(group);
        customers.add(customer);
        CustomerRelationship relationship = new CustomerRelationship(partner, customer, now);
        relationships.add(relationship);
        auditLog.record(new AuditLog.Entry(
                "CUSTOMER_ADDED",
                "Customer",
                customer.getId(),
                partner.getId(),
                null,
                customer.getId(),
                null,
                group == null
                        ? customer.getCompanyName() + " (" + domain + ", " + country + ")"
                        : SystemText.of(
                                "audit.value.customerAdded", customer.getCompanyName(), domain, country, group)));
        return relationship;
    }
}
