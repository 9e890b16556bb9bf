package io.partnerdesk.customer.ui;

import io.partnerdesk.customer.application.CustomerService;
import io.partnerdesk.customer.domain.CustomerRelationship;
import io.partnerdesk.shared.web.Ids;
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

    private String idParameter;
    private UUID id;
    private CustomerRelationship relationship;

    /** Loads the customer; one that is not the caller's to see answers like one that does not exist. */
    public void load() {
        id = Ids.parse(idParameter, "customer");
        relationship = customers.get(id);
    }

    public void reload() {
        load();
    }

    public UUID getId() {
        return id;
    }

    public String getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(String idParameter) {
        this.idParameter = idParameter;
    }

    public CustomerRelationship getRelationship() {
        return relationship;
    }
}
