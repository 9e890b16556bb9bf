package io.partnerdesk.shared.security;

/**
 * The check a directory group passes before it names a new organisation: adding a customer and
 * registering a reseller ask it. The organisation feature, which knows every organisation's group
 * and asks the directory who the group's members are, implements it; the features that create
 * organisations ask through this interface and so never depend on it.
 */
public interface DirectoryGroupCheck {

    /**
     * The group as it is stored (trimmed, lower case) once it may name a new partner; otherwise
     * refused with the rule it broke.
     */
    String givableToNewPartner(String requestedGroup);

    /**
     * The group as it is stored (trimmed, lower case) once it may name a new customer; otherwise
     * refused with the rule it broke.
     */
    String givableToNewCustomer(String requestedGroup);
}
