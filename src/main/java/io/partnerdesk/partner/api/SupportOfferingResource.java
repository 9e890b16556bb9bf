package io.partnerdesk.partner.api;

import io.partnerdesk.partner.application.SupportOfferingService;
import io.partnerdesk.partner.domain.ContactMethod;
import io.partnerdesk.partner.domain.ServiceHours;
import io.partnerdesk.partner.domain.SupportOffering;
import io.partnerdesk.partner.domain.SupportPlan;
import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.api.Versions;
import io.partnerdesk.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The caller's support offering (support profile), as customers of its subscriptions see it. */
@Path("profiles/support")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.GLOBAL_ADMIN, Role.ADMIN_AGENT, Role.HELPDESK_AGENT, Role.SALES_AGENT, Role.USER_MANAGEMENT_ADMIN})
public class SupportOfferingResource {

    @Inject
    SupportOfferingService offerings;

    /** One opening window of the week. */
    public record WindowDto(String day, String from, String to) {}

    /** When the partner answers: the weekly schedule in a time zone, less holidays. */
    public record ServiceHoursDto(String timeZone, List<WindowDto> weekly, List<String> holidays) {}

    /** The whole offering; {@code responseTargetMinutes} has keys A, B and C. */
    public record OfferingDto(
            String email,
            String telephone,
            String website,
            ServiceHoursDto serviceHours,
            List<ContactMethod> contactMethods,
            String pricing,
            String scope,
            List<SupportPlan> supportPlans,
            Map<String, Integer> responseTargetMinutes) {

        static OfferingDto of(SupportOffering o) {
            ServiceHours hours = o.hours();
            Map<String, Integer> targets = new LinkedHashMap<>();
            targets.put("A", o.responseMinutes(0));
            targets.put("B", o.responseMinutes(1));
            targets.put("C", o.responseMinutes(2));
            return new OfferingDto(
                    o.getEmail(),
                    o.getTelephone(),
                    o.getWebsite(),
                    new ServiceHoursDto(
                            hours.zone().getId(),
                            hours.weekly().stream()
                                    .map(w -> new WindowDto(
                                            ServiceHours.code(w.day()), w.from().toString(), w.to().toString()))
                                    .toList(),
                            hours.holidays().stream()
                                    .sorted()
                                    .map(Object::toString)
                                    .toList()),
                    o.content().contactMethods(),
                    o.getPricing(),
                    o.getScope(),
                    o.plans(),
                    targets);
        }
    }

    @GET
    @Operation(summary = "The caller's support offering")
    public Response get() {
        SupportOffering offering =
                offerings.mine().orElseThrow(() -> new BusinessException(404, "SUPPORT_OFFERING_NOT_FOUND"));
        return Response.ok(OfferingDto.of(offering))
                .tag(Versions.etag(offering.getVersion()))
                .build();
    }

    @PUT
    @RolesAllowed({Role.GLOBAL_ADMIN, Role.ADMIN_AGENT})
    @Operation(summary = "Replaces the caller's support offering (the whole document, validated)")
    public Response put(@NotNull OfferingDto body, @HeaderParam("If-Match") String ifMatch) {
        ServiceHoursDto hours =
                body.serviceHours() == null ? new ServiceHoursDto(null, List.of(), List.of()) : body.serviceHours();
        Map<String, Integer> targets = body.responseTargetMinutes() == null ? Map.of() : body.responseTargetMinutes();
        SupportOffering saved = offerings.save(
                new SupportOfferingService.OfferingInput(
                        body.email(),
                        body.telephone(),
                        body.website(),
                        hours.timeZone(),
                        hours.weekly() == null
                                ? List.of()
                                : hours.weekly().stream()
                                        .map(w -> w == null
                                                ? null
                                                : new SupportOfferingService.WindowInput(w.day(), w.from(), w.to()))
                                        .toList(),
                        hours.holidays() == null ? List.of() : hours.holidays(),
                        body.contactMethods() == null ? List.of() : body.contactMethods(),
                        body.pricing(),
                        body.scope(),
                        body.supportPlans() == null ? List.of() : body.supportPlans(),
                        targets.getOrDefault("A", SupportOffering.STANDARD_RESPONSE_MINUTES[0]),
                        targets.getOrDefault("B", SupportOffering.STANDARD_RESPONSE_MINUTES[1]),
                        targets.getOrDefault("C", SupportOffering.STANDARD_RESPONSE_MINUTES[2])),
                Versions.expected(ifMatch));
        return Response.ok(OfferingDto.of(saved))
                .tag(Versions.etag(saved.getVersion()))
                .build();
    }
}
