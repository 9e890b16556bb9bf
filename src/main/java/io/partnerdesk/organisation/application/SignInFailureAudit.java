package io.partnerdesk.organisation.application;

import io.partnerdesk.audit.domain.AuditRecord;
import io.partnerdesk.audit.domain.AuditRepository;
import io.partnerdesk.partner.domain.Partner;
import io.partnerdesk.partner.domain.PartnerRepository;
import io.partnerdesk.shared.SystemText;
import io.partnerdesk.shared.security.SignInFailed;
import io.partnerdesk.shared.security.SignInFailures;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
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
public class SignInFailureAudit {

    @Inject
    AuditRepository records;

    @Inject
    PartnerRepository partners;

    public void record(@Observes SignInFailed failure) {
        UUID operator = partners.findOperator().map(Partner::getId).orElse(null);
        // Why, and from where, in each reader's language (the API and the export: in English).
        String reason = "audit.signIn." + failure.why().name();
        String address = SystemText.typed(failure.address());
        String details = address == null || address.isEmpty()
                ? SystemText.of(reason)
                : SystemText.of("audit.value.signInFailed", SystemText.word(reason), address);
        records.add(new AuditRecord(
                Instant.now(),
                failure.actor(),
                operator,
                null,
                null,
                SignInFailures.ACTION,
                "SignIn",
                failure.actor(),
                null,
                details));
    }
}
