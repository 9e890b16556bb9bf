package io.partnerdesk.customer.ui;

import io.partnerdesk.customer.application.CustomerService;
import io.partnerdesk.customer.application.RelationshipService;
import io.partnerdesk.customer.domain.CustomerRelationship;
import io.partnerdesk.customer.domain.CustomerRepository;
import io.partnerdesk.customer.domain.DomainName;
import io.partnerdesk.shared.web.Mailto;
import io.partnerdesk.shared.web.Messages;
import io.partnerdesk.shared.web.Pages;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The customers page ({@code /customers/list.xhtml}): the lazy list, adding a customer, invitations. */
@Named
@ViewScoped
public class CustomerListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CustomerService customers;

    @Inject
    RelationshipService relationships;

    /**
     * The rows of the page on screen. Transient: the session (this bean lives in it) is saved to the data grid after
     * every request, and the rows are read again from the database whenever the table renders.
     */
    private transient Customers model;

    private String filter;

    @NotBlank
    @Size(max = 200)
    private String companyName;

    @NotBlank
    @DomainName
    private String domain;

    @NotBlank
    private String country;

    @Size(max = 200)
    private String directoryGroup;

    private boolean askDelegatedAdmin = true;
    private String invitationUrl;
    private Instant invitationExpiresAt;

    /** The lazy model: one database page per table page, sorted and filtered in the query. */
    public class Customers extends LazyDataModel<CustomerRelationship> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) customers.count(filter);
        }

        @Override
        public List<CustomerRelationship> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            CustomerRepository.Sort sort = CustomerRepository.Sort.COMPANY_NAME;
            boolean ascending = true;
            for (SortMeta meta : sortBy.values()) {
                sort = switch (meta.getField()) {
                    case "customer.domain" -> CustomerRepository.Sort.DOMAIN;
                    case "customer.country" -> CustomerRepository.Sort.COUNTRY;
                    default -> CustomerRepository.Sort.COMPANY_NAME;};
                ascending = meta.getOrder() != SortOrder.DESCENDING;
            }
            return customers.pageOnly(filter, sort, ascending, first, pageSize);
        }

        @Override
        public String getRowKey(CustomerRelationship row) {
            return row.getCustomer().getId().toString();
        }
    }

    public LazyDataModel<CustomerRelationship> getModel() {
        if (model == null) {
            model = new Customers();
        }
        return model;
    }

    public String add() {
        CustomerRelationship created =
                customers.add(new CustomerService.NewCustomer(companyName, domain, country, directoryGroup));
        Messages.info(null, "customers.added", created.getCustomer().getCompanyName());
        return "/customers/detail?faces-redirect=true&id="
                + created.getCustomer().getId();
    }

    public void createInvitation() {
        RelationshipService.Request request = relationships.requestRelationship(askDelegatedAdmin);
        invitationUrl = Pages.portalUrl("/my/accept.xhtml?token=" + request.token());
        invitationExpiresAt = request.expiresAt();
    }

    public void resetInvitation() {
        invitationUrl = null;
        invitationExpiresAt = null;
    }

    public String getMailtoLink() {
        if (invitationUrl == null) {
            return "";
        }
        return Mailto.link(
                Messages.text("customers.invite.mailSubject"),
                Messages.text("customers.invite.mailBody", invitationUrl));
    }

    /** Every country, by its name in the page's language (built once per language). */
    public List<SelectItem> getCountries() {
        return COUNTRIES.computeIfAbsent(Pages.locale(), locale -> Arrays.stream(Locale.getISOCountries())
                .map(code -> new SelectItem(code, new Locale("", code).getDisplayCountry(locale) + " (" + code + ")"))
                .sorted(Comparator.comparing(SelectItem::getLabel))
                .toList());
    }

    private static final Map<Locale, List<SelectItem>> COUNTRIES = new ConcurrentHashMap<>();

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public String getCompanyName() {
        return companyName;
    }

    public void setCompanyName(String companyName) {
        this.companyName = companyName;
    }

    public String getDomain() {
        return domain;
    }

    public void setDomain(String domain) {
        this.domain = domain;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getDirectoryGroup() {
        return directoryGroup;
    }

    public void setDirectoryGroup(String directoryGroup) {
        this.directoryGroup = directoryGroup;
    }

    public boolean isAskDelegatedAdmin() {
        return askDelegatedAdmin;
    }

    public void setAskDelegatedAdmin(boolean askDelegatedAdmin) {
        this.askDelegatedAdmin = askDelegatedAdmin;
    }

    public String getInvitationUrl() {
        return invitationUrl;
    }

    public Instant getInvitationExpiresAt() {
        return invitationExpiresAt;
    }
}
