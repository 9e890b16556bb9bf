package io.partnerdesk.customer.ui;

import io.partnerdesk.customer.application.CustomerService;
import io.partnerdesk.customer.domain.CustomerRelationship;
import io.partnerdesk.shared.BusinessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;

/**
 * The customer page ({@code /customers/detail.xhtml?id=...}): the customer and the caller's
 * relationship to it. Its tabs have beans of their own.
 */
@Named
@ViewScoped
public class CustomerDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CustomerService customers;

    private UUID id;
    private CustomerRelationship relationship;

    /** Loads the customer; one that is not the caller's to see answers like one that does not exist. */
    public void load() {
        if (id == null) {
            throw BusinessException.notFound("customer", "");
        }
        relationship = customers.get(id);
    }

    public void reload() {
        load();
    }

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public CustomerRelationship getRelationship() {
        return relationship;
    }
}
