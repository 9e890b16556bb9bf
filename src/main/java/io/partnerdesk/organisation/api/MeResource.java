package io.partnerdesk.organisation.api;

import io.partnerdesk.customer.domain.Customer;
import io.partnerdesk.organisation.application.AccountService;
import io.partnerdesk.partner.domain.Partner;
import io.partnerdesk.partner.domain.PartnerKind;
import io.partnerdesk.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

@Path("me")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    AccountService accounts;

    @GET
    @RolesAllowed({
        Role.GLOBAL_ADMIN,
        Role.ADMIN_AGENT,
        Role.HELPDESK_AGENT,
        Role.SALES_AGENT,
        Role.USER_MANAGEMENT_ADMIN,
        Role.CUSTOMER_ADMIN
    })
    @Operation(summary = "Who is signed in: name, roles and organisation")
    public MeDto me() {
        return MeDto.of(accounts.me());
    }

    public record MeDto(
            String username, String displayName, List<String> roles, PartnerRef partner, CustomerRef customer) {

        static MeDto of(AccountService.Me me) {
            return new MeDto(
                    me.account().username(),
                    me.account().displayName(),
                    me.account().roles().stream().sorted().toList(),
                    me.partner() == null ? null : PartnerRef.of(me.partner()),
                    me.customer() == null ? null : CustomerRef.of(me.customer()));
        }
    }

    public record PartnerRef(UUID id, String name, PartnerKind kind) {
        static PartnerRef of(Partner partner) {
            return new PartnerRef(partner.getId(), partner.getName(), partner.getKind());
        }
    }

    public record CustomerRef(UUID id, String companyName) {
        static CustomerRef of(Customer customer) {
            return new CustomerRef(customer.getId(), customer.getCompanyName());
        }
    }
}
