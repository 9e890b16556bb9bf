package io.partnerdesk.shared.security;

import io.partnerdesk.audit.domain.AuditRecord;
import io.partnerdesk.audit.domain.AuditRepository;
import io.partnerdesk.partner.domain.Partner;
import io.partnerdesk.partner.domain.PartnerRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.time.Instant;
import java.util.UUID;

/**
 * Records failed sign-ins in the audit log of the operator, whose global and user-management admins
 * watch over who tries to get in. Each record is written in a transaction of its own: a failed
 * sign-in has no transaction to join, and the record must stay whatever happens to the request.
 * It costs one insert (and a look-up of the operator) on top of the directory's bind, so an
 * attacker's failures cost the portal about what they cost the directory.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SignInFailures {

    public static final String ACTION = "SIGN_IN_FAILED";

    /** The audit record's actor column holds 100 characters; a typed name is cut to fit. */
    static final int MAX_NAME = 100;

    /** Why a sign-in failed, as the audit record says it. */
    public enum Why {
        WRONG_NAME_OR_PASSWORD,
        THROTTLED
    }

    @Inject
    AuditRepository records;

    @Inject
    PartnerRepository partners;

    /** Records one failure; the password is never passed here, so it cannot be written. */
    public void record(String typedName, Why why, String address) {
        String name = actorOf(typedName);
        UUID operator = partners.findOperator().map(Partner::getId).orElse(null);
        String details = Json.createObjectBuilder()
                .add("reason", why.name())
                .add("address", address == null ? "" : address)
                .build()
                .toString();
        records.add(new AuditRecord(Instant.now(), name, operator, null, null, ACTION, "SignIn", name, null, details));
    }

    /** The name as typed, without surrounding spaces and cut to the column; never empty. */
    static String actorOf(String typedName) {
        String name = typedName == null ? "" : typedName.strip();
        if (name.isEmpty()) {
            return "(empty)";
        }
        if (name.length() <= MAX_NAME) {
            return name;
        }
        // Never cut between the two halves of a character outside the Basic Multilingual Plane.
        int end = Character.isHighSurrogate(name.charAt(MAX_NAME - 1)) ? MAX_NAME - 1 : MAX_NAME;
        return name.substring(0, end);
    }
}
