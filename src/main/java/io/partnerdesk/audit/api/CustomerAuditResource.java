package io.partnerdesk.audit.api;

import io.partnerdesk.audit.application.AuditService;
import io.partnerdesk.audit.domain.AuditRecord;
import io.partnerdesk.shared.Page;
import io.partnerdesk.shared.api.ListResult;
import io.partnerdesk.shared.api.Paging;
import io.partnerdesk.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The audit trail of one customer, as far as it concerns the caller's organisation. */
@Path("customers/{customerId}/auditrecords")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class CustomerAuditResource {

    @Inject
    AuditService audit;

    @GET
    @RolesAllowed({Role.GLOBAL_ADMIN, Role.USER_MANAGEMENT_ADMIN})
    @Operation(summary = "The audit trail of this customer that concerns the caller's organisation")
    public ListResult<AuditRecordDto> audit(
            @PathParam("customerId") UUID customerId,
            @QueryParam("offset") Integer offset,
            @QueryParam("size") Integer size) {
        Paging paging = Paging.of(offset, size);
        Page<AuditRecord> page = audit.ofCustomer(customerId, paging.offset(), paging.size());
        return new ListResult<>(
                page.totalCount(), page.items().stream().map(AuditRecordDto::of).toList());
    }
}
