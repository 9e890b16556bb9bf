package io.partnerdesk.customer.ui;

import io.partnerdesk.customer.domain.Customer;
import java.io.Serializable;
import java.util.UUID;

/** A customer chosen in a filter: its id and the name the filter shows. */
public record CustomerChoice(UUID id, String companyName) implements Serializable {

    public static CustomerChoice of(Customer customer) {
        return new CustomerChoice(customer.getId(), customer.getCompanyName());
    }
}
