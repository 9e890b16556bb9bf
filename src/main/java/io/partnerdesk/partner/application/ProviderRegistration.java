package io.partnerdesk.partner.application;

import io.partnerdesk.audit.application.AuditLog;
import io.partnerdesk.partner.domain.Partner;
import io.partnerdesk.partner.domain.PartnerKind;
import io.partnerdesk.partner.domain.PartnerRepository;
import io.partnerdesk.shared.SystemText;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The steps of {@link ProviderBootstrap}, each its own transaction: the provider and its audit
 * record commit together, and a failed insert leaves the start-up free to look again.
 */
@Stateless
public class ProviderRegistration {

    @PersistenceContext
    EntityManager em;

    @Inject
    PartnerRepository partners;

    @Inject
    AuditLog auditLog;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Partner> findByDirectoryGroup(String directoryGroup) {
        return partners.findByDirectoryGroups(List.of(directoryGroup)).stream().findFirst();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Partner> findByMpnId(String mpnId) {
        return partners.findByMpnId(mpnId);
    }

    /**
     * Names the configured provider the installation's operator when none is named yet (an
     * installation whose provider was created before operators were recorded).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void becomeOperatorIfNoneIs(UUID providerId) {
        if (partners.findOperator().isPresent()) {
            return;
        }
        Partner provider = em.find(Partner.class, providerId);
        provider.becomeOperator();
        auditLog.record(new AuditLog.Entry(
                "OPERATOR_NAMED", "Partner", provider.getId(), provider.getId(), null, null, null, provider.getName()));
    }

    /** Creates the provider, audited as a change the portal made by itself. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Partner create(ProviderBootstrap.ConfiguredProvider provider) {
        Partner partner = new Partner(
                provider.name(), PartnerKind.INDIRECT_PROVIDER, provider.mpnId(), provider.directoryGroup());
        if (partners.findOperator().isEmpty()) {
            partner.becomeOperator();
        }
        partners.add(partner);
        em.flush();
        auditLog.record(new AuditLog.Entry(
                "PROVIDER_CREATED",
                "Partner",
                partner.getId(),
                partner.getId(),
                null,
                null,
                null,
                SystemText.of(
                        "audit.value.providerCreated", provider.name(), provider.mpnId(), provider.directoryGroup())));
        return partner;
    }
}
