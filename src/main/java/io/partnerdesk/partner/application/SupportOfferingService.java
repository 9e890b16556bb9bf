package io.partnerdesk.partner.application;

import io.partnerdesk.audit.application.AuditLog;
import io.partnerdesk.partner.domain.ContactMethod;
import io.partnerdesk.partner.domain.PartnershipRepository;
import io.partnerdesk.partner.domain.ServiceHours;
import io.partnerdesk.partner.domain.SupportOffering;
import io.partnerdesk.partner.domain.SupportPlan;
import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.security.CurrentUser;
import io.partnerdesk.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The caller's support offering (support profile): what customers see about how, when and at what
 * price their partner supports them. All partner roles read it; global admins and admin agents edit it.
 */
@Stateless
@RolesAllowed({Role.GLOBAL_ADMIN, Role.ADMIN_AGENT, Role.HELPDESK_AGENT, Role.SALES_AGENT, Role.USER_MANAGEMENT_ADMIN})
public class SupportOfferingService {

    @Inject
    CurrentUser currentUser;

    @Inject
    PartnershipRepository partnerships;

    @Inject
    AuditLog auditLog;

    /** One opening window: a day (MON..SUN) and two times (HH:mm), the start before the end. */
    public record WindowInput(
            @NotBlank @Pattern(regexp = "(?i)MON|TUE|WED|THU|FRI|SAT|SUN", message = "must be MON, TUE, ... or SUN")
                    String day,
            @NotBlank @Pattern(regexp = ServiceHours.OPENS_PATTERN, message = "must be a time such as 09:00")
                    String from,
            @NotBlank @Pattern(regexp = ServiceHours.CLOSES_PATTERN, message = "must be a time such as 18:00")
                    String to) {}

    /** The whole offering as the editor or a PUT gives it. */
    public record OfferingInput(
            @Size(max = SupportOffering.EMAIL_MAX_LENGTH)
                    @Email(message = "must be an e-mail address such as support@example.com")
                    @Pattern(
                            regexp = SupportOffering.EMAIL_PATTERN,
                            message = "must be an e-mail address such as support@example.com")
                    String email,
            @Size(max = SupportOffering.TELEPHONE_MAX_LENGTH)
                    @Pattern(
                            regexp = SupportOffering.TELEPHONE_PATTERN,
                            message = "must be a telephone number such as +90 212 555 0100")
                    String telephone,
            @Size(max = SupportOffering.WEBSITE_MAX_LENGTH)
                    @Pattern(
                            regexp = SupportOffering.WEBSITE_PATTERN,
                            message = "must be a web address such as https://support.example.com")
                    String website,
            @NotBlank @Size(max = 60) String timeZone,
            @NotNull @Size(max = 21) List<@Valid @NotNull WindowInput> weekly,
            @NotNull @Size(max = 100) List<@NotNull String> holidays,
            @NotNull @Size(min = 1, message = "name at least one way to reach you")
                    List<@NotNull ContactMethod> contactMethods,
            @Size(max = SupportOffering.PRICING_MAX_LENGTH) String pricing,
            @Size(max = SupportOffering.SCOPE_MAX_LENGTH) String scope,
            @NotNull List<@NotNull SupportPlan> supportPlans,
            int responseAMinutes,
            int responseBMinutes,
            int responseCMinutes) {}

    /** The caller's offering, if it has published one. */
    public Optional<SupportOffering> mine() {
        return partnerships.findOffering(currentUser.requirePartnerId());
    }

    /** Replaces the caller's offering (creating it the first time); stale if it changed since {@code expectedVersion}. */
    @RolesAllowed({Role.GLOBAL_ADMIN, Role.ADMIN_AGENT})
    public SupportOffering save(@Valid @NotNull OfferingInput input, Long expectedVersion) {
        UUID partnerId = currentUser.requirePartnerId();
        SupportOffering.Content content = content(input);
        Optional<SupportOffering> existing = partnerships.findOffering(partnerId);
        if (existing.isPresent()) {
            SupportOffering offering = existing.get();
            if (expectedVersion != null && expectedVersion != offering.getVersion()) {
                throw BusinessException.stale("support offering");
            }
            String old = describe(offering);
            offering.update(content);
            audit(partnerId, old, describe(offering));
            return offering;
        }
        SupportOffering offering = new SupportOffering(partnerId, content);
        partnerships.add(offering);
        audit(partnerId, null, describe(offering));
        return offering;
    }

    private void audit(UUID partnerId, String old, String now) {
        auditLog.record(new AuditLog.Entry(
                "SUPPORT_OFFERING_CHANGED", "SupportOffering", partnerId, partnerId, null, null, old, now));
    }

    /** Checks what Bean Validation cannot (a real time zone, windows in order, real dates). */
    static SupportOffering.Content content(OfferingInput input) {
        List<Object> problems = new ArrayList<>();
        List<ServiceHours.Window> windows = new ArrayList<>();
        for (WindowInput w : input.weekly()) {
            try {
                LocalTime from = LocalTime.parse(w.from());
                LocalTime to =
                        "24:00".equals(w.to()) ? LocalTime.MAX.withNano(0).withSecond(0) : LocalTime.parse(w.to());
                if (!from.isBefore(to)) {
                    problems.add(Map.of(
                            "field", "weekly", "message", w.day() + ": " + w.from() + " is not before " + w.to()));
                    continue;
                }
                windows.add(new ServiceHours.Window(ServiceHours.day(w.day()), from, to));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                problems.add(Map.of(
                        "field", "weekly", "message", w.day() + " " + w.from() + "-" + w.to() + " is not a window"));
            }
        }
        List<LocalDate> holidays = new ArrayList<>();
        for (String date : input.holidays()) {
            try {
                holidays.add(LocalDate.parse(date.trim()));
            } catch (DateTimeParseException e) {
                problems.add(Map.of("field", "holidays", "message", date + " is not a date such as 2026-01-01"));
            }
        }
        // Rule 7's targets are the most a partner may promise (checked here: the OpenAPI scanner of
        // this Payara fails on @Max in record components of non-resource classes).
        int[] targets = {input.responseAMinutes(), input.responseBMinutes(), input.responseCMinutes()};
        for (int i = 0; i < targets.length; i++) {
            if (targets[i] < 1 || targets[i] > SupportOffering.STANDARD_RESPONSE_MINUTES[i]) {
                problems.add(Map.of(
                        "field",
                        "responseTargetMinutes",
                        "message",
                        "ABC".charAt(i) + " must be between 1 and " + SupportOffering.STANDARD_RESPONSE_MINUTES[i]
                                + " minutes"));
            }
        }
        ServiceHours hours = null;
        try {
            hours = ServiceHours.parse(input.timeZone(), "", "");
        } catch (IllegalArgumentException e) {
            problems.add(Map.of(
                    "field", "timeZone", "message", input.timeZone() + " is not a time zone such as Europe/Istanbul"));
        }
        if (!problems.isEmpty()) {
            throw new BusinessException(
                    400,
                    "VALIDATION_FAILED",
                    problems,
                    problems.stream()
                            .map(p -> ((Map<?, ?>) p).get("message").toString())
                            .reduce((a, b) -> a + "; " + b)
                            .orElse(""));
        }
        return new SupportOffering.Content(
                input.email(),
                input.telephone(),
                input.website(),
                new ServiceHours(hours.zone(), windows, java.util.Set.copyOf(holidays)),
                input.contactMethods(),
                input.pricing(),
                input.scope(),
                input.supportPlans(),
                input.responseAMinutes(),
                input.responseBMinutes(),
                input.responseCMinutes());
    }

    private static String describe(SupportOffering o) {
        String text = String.join(
                " | ",
                String.valueOf(o.getEmail()),
                String.valueOf(o.getTelephone()),
                String.valueOf(o.getWebsite()),
                o.getServiceHours(),
                "holidays " + o.getHolidays(),
                String.join(",", o.getContactMethods()),
                "plans " + String.join(",", o.getSupportPlans()),
                "targets " + o.responseMinutes(0) + "/" + o.responseMinutes(1) + "/" + o.responseMinutes(2) + " min");
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }
}
