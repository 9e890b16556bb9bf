package io.partnerdesk.webhook.api;

import io.partnerdesk.shared.Page;
import io.partnerdesk.shared.api.ListResult;
import io.partnerdesk.shared.api.Paging;
import io.partnerdesk.shared.config.PublicUrl;
import io.partnerdesk.shared.events.OrganisationEvent;
import io.partnerdesk.shared.security.Role;
import io.partnerdesk.webhook.application.WebhookService;
import io.partnerdesk.webhook.domain.DeliveryStatus;
import io.partnerdesk.webhook.domain.Webhook;
import io.partnerdesk.webhook.domain.WebhookDelivery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The organisation's webhooks, for its global admin: register (the secret is answered once), list,
 * delete, and each one's delivery log.
 */
@Path("webhooks")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.GLOBAL_ADMIN)
public class WebhookResource {

    @Inject
    WebhookService webhooks;

    @Inject
    PublicUrl publicUrl;

    /** What registering takes. */
    public record NewWebhookDto(String url, List<OrganisationEvent.Kind> events) {}

    /** A webhook; {@code secret} only in the answer to its registration. */
    public record WebhookDto(
            UUID id,
            String url,
            List<OrganisationEvent.Kind> events,
            Instant createdDateTime,
            String createdBy,
            String secret) {
        static WebhookDto of(Webhook w, String secret) {
            return new WebhookDto(
                    w.getId(), w.getUrl(), List.copyOf(w.events()), w.getCreatedAt(), w.getCreatedBy(), secret);
        }
    }

    /** One delivery of the log. */
    public record DeliveryDto(
            UUID id,
            String event,
            DeliveryStatus status,
            int attempts,
            Instant createdDateTime,
            Instant lastAttemptAt,
            Instant nextAttemptAt,
            Integer responseCode) {
        static DeliveryDto of(WebhookDelivery d) {
            return new DeliveryDto(
                    d.getId(),
                    d.getEvent(),
                    d.getStatus(),
                    d.getAttempts(),
                    d.getCreatedAt(),
                    d.getLastAttemptAt(),
                    d.getStatus() == DeliveryStatus.PENDING ? d.getNextAttemptAt() : null,
                    d.getResponseCode());
        }
    }

    @GET
    @Operation(summary = "The organisation's webhooks, oldest first")
    public ListResult<WebhookDto> list() {
        return ListResult.of(
                webhooks.list().stream().map(w -> WebhookDto.of(w, null)).toList());
    }

    @POST
    @Operation(
            summary = "Registers a webhook; the answer holds its signing secret, shown this once",
            description = "https addresses on the public internet only, unless the operator allows the origin")
    public Response register(@NotNull NewWebhookDto body) {
        WebhookService.Registered registered = webhooks.register(body.url(), body.events());
        return Response.created(
                        publicUrl.uri("api/v1/webhooks/" + registered.webhook().getId()))
                .entity(WebhookDto.of(registered.webhook(), registered.secret()))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One of the organisation's webhooks (without its secret)")
    public WebhookDto get(@PathParam("id") UUID id) {
        return WebhookDto.of(webhooks.get(id), null);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Deletes a webhook: nothing more is delivered to it")
    public Response delete(@PathParam("id") UUID id) {
        webhooks.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(summary = "A webhook's deliveries, newest first")
    public ListResult<DeliveryDto> deliveries(
            @PathParam("id") UUID id, @QueryParam("offset") Integer offset, @QueryParam("size") Integer size) {
        Paging paging = Paging.of(offset, size);
        Page<WebhookDelivery> page = webhooks.deliveries(id, paging.offset(), paging.size());
        return new ListResult<>(
                page.totalCount(), page.items().stream().map(DeliveryDto::of).toList());
    }
}
