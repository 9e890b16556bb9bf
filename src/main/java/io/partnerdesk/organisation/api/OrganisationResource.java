package io.partnerdesk.organisation.api;

import io.partnerdesk.organisation.application.OrganisationGroupService;
import io.partnerdesk.organisation.domain.Organisation;
import io.partnerdesk.partner.domain.PartnerKind;
import io.partnerdesk.shared.Page;
import io.partnerdesk.shared.api.ListResult;
import io.partnerdesk.shared.api.Paging;
import io.partnerdesk.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Every organisation of the installation and its directory group, for the operator's global and
 * user management admins only (everyone else: 403).
 */
@Path("organisations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.GLOBAL_ADMIN, Role.USER_MANAGEMENT_ADMIN})
public class OrganisationResource {

    @Inject
    OrganisationGroupService groups;

    /** A partner or a customer and the directory group whose members sign in for it (null: none). */
    public record OrganisationDto(UUID id, String type, String name, PartnerKind kind, String directoryGroup) {

        static OrganisationDto of(Organisation o) {
            return new OrganisationDto(o.id(), o.type().name(), o.name(), o.kind(), o.directoryGroup());
        }
    }

    /** The group to give. */
    /**
     * The group to give. Checked by the service (blank, length, the directory's rules); constraints on
     * a record's components would also land on its constructor's parameters, which the OpenAPI
     * document's generator takes for request parameters and fails on.
     */
    public record DirectoryGroupDto(String directoryGroup) {}

    /** An organisation as a conflict names it. */
    public record OrganisationRefDto(UUID id, String name, String type) {}

    /** A person whose directory groups point at several organisations. */
    public record ConflictDto(String username, List<OrganisationRefDto> organisations) {}

    @GET
    @Operation(summary = "Every partner and customer with its directory group; filter matches name, domain, group")
    public ListResult<OrganisationDto> list(
            @QueryParam("offset") Integer offset,
            @QueryParam("size") Integer size,
            @QueryParam("filter") String filter) {
        Paging paging = Paging.of(offset, size);
        Page<Organisation> page = groups.page(filter, paging.offset(), paging.size());
        return new ListResult<>(
                page.totalCount(),
                page.items().stream().map(OrganisationDto::of).toList());
    }

    @PUT
    @Path("{organisationId}/directorygroup")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Gives the organisation another directory group, checked in the directory first"
                    + " (422 DIRECTORY_GROUP_IS_ROLE_GROUP, DIRECTORY_GROUP_NO_MEMBERS, DIRECTORY_GROUP_MEMBER_ELSEWHERE;"
                    + " 409 DIRECTORY_GROUP_TAKEN; 503 DIRECTORY_UNAVAILABLE)")
    public OrganisationDto change(@PathParam("organisationId") UUID organisationId, @NotNull DirectoryGroupDto body) {
        return OrganisationDto.of(groups.change(organisationId, body.directoryGroup()));
    }

    @DELETE
    @Path("{organisationId}/directorygroup")
    @Operation(summary = "Clears the organisation's directory group: nobody signs in for it (the operator's own: 409)")
    public void clear(@PathParam("organisationId") UUID organisationId) {
        groups.clear(organisationId);
    }

    @GET
    @Path("conflicts")
    @Operation(summary = "People whose directory groups point at two organisations or more today")
    public ListResult<ConflictDto> conflicts() {
        return ListResult.of(groups.conflicts().stream()
                .map(c -> new ConflictDto(
                        c.username(),
                        c.organisations().stream()
                                .map(o -> new OrganisationRefDto(
                                        o.id(), o.name(), o.type().name()))
                                .toList()))
                .toList());
    }
}
