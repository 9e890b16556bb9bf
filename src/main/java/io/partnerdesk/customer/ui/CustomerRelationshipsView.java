package io.partnerdesk.customer.ui;

import io.partnerdesk.customer.application.RelationshipService;
import io.partnerdesk.customer.domain.CustomerRelationship;
import io.partnerdesk.shared.web.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The relationships tab of the customer page: every partner related to the customer that the
 * caller may see; removing the caller's relationship and giving up delegated admin.
 */
@Named
@ViewScoped
public class CustomerRelationshipsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RelationshipService relationships;

    @Inject
    CustomerDetailView page;

    private List<CustomerRelationship> rows;

    public List<CustomerRelationship> getRows() {
        if (rows == null) {
            rows = relationships.visibleRelationshipsOf(page.getId());
        }
        return rows;
    }

    public String remove() {
        CustomerRelationship removed = relationships.remove(page.getId());
        Messages.info(null, "relationships.removed", removed.getCustomer().getCompanyName());
        return "/customers/list?faces-redirect=true";
    }

    public void giveUpDelegatedAdmin() {
        relationships.giveUpDelegatedAdmin(page.getId());
        rows = null;
        page.reload();
        Messages.info(null, "relationships.delegatedAdminGivenUp");
    }
}
