package io.partnerdesk.partner.application;

import io.partnerdesk.audit.application.AuditLog;
import io.partnerdesk.partner.domain.ContactMethod;
import io.partnerdesk.partner.domain.PartnershipRepository;
import io.partnerdesk.partner.domain.ServiceHours;
import io.partnerdesk.partner.domain.SupportOffering;
import io.partnerdesk.partner.domain.SupportPlan;
import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.SystemText;
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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
            @NotBlank @Pattern(regexp = "(?i)MON|TUE|WED|THU|FRI|SAT|SUN", message = "{partnerdesk.validation.day}")
                    String day,
            @NotBlank @Pattern(regexp = ServiceHours.OPENS_PATTERN, message = "{partnerdesk.validation.opens}")
                    String from,
            @NotBlank @Pattern(regexp = ServiceHours.CLOSES_PATTERN, message = "{partnerdesk.validation.closes}")
                    String to) {}

    /** The whole offering as the editor or a PUT gives it. */
    public record OfferingInput(
            @Size(max = SupportOffering.EMAIL_MAX_LENGTH)
                    @Email(message = "{partnerdesk.validation.email}")
                    @Pattern(regexp = SupportOffering.EMAIL_PATTERN, message = "{partnerdesk.validation.email}")
                    String email,
            @Size(max = SupportOffering.TELEPHONE_MAX_LENGTH)
                    @Pattern(regexp = SupportOffering.TELEPHONE_PATTERN, message = "{partnerdesk.validation.telephone}")
                    String telephone,
            @Size(max = SupportOffering.WEBSITE_MAX_LENGTH)
                    @Pattern(regexp = SupportOffering.WEBSITE_PATTERN, message = "{partnerdesk.validation.website}")
                    String website,
            @NotBlank @Size(max = 60) String timeZone,
            @NotNull @Size(max = 21) List<@Valid @NotNull WindowInput> weekly,
            @NotNull @Size(max = 100) List<@NotNull String> holidays,
            @NotNull @Size(min = 1, message = "{partnerdesk.validation.contactMethods}")
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
                throw BusinessException.stale("supportOffering");
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

    /**
     * Checks what Bean Validation cannot (a real time zone, windows in order, real dates). Each
     * problem is a text of the messages bundle ({@code offering.problem.*}), so the refusal reads in
     * the reader's language: the page's, or English in the API (its message and details).
     */
    static SupportOffering.Content content(OfferingInput input) {
        List<Object> details = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<ServiceHours.Window> windows = new ArrayList<>();
        for (WindowInput w : input.weekly()) {
            try {
                LocalTime from = LocalTime.parse(w.from());
                LocalTime to =
                        "24:00".equals(w.to()) ? LocalTime.MAX.withNano(0).withSecond(0) : LocalTime.parse(w.to());
                if (!from.isBefore(to)) {
                    problem(details, problems, "weekly", "notBefore", day(w.day()), typed(w.from()), typed(w.to()));
                    continue;
                }
                windows.add(new ServiceHours.Window(ServiceHours.day(w.day()), from, to));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                problem(details, problems, "weekly", "notAWindow", day(w.day()), typed(w.from()), typed(w.to()));
            }
        }
        List<LocalDate> holidays = new ArrayList<>();
        for (String date : input.holidays()) {
            try {
                holidays.add(LocalDate.parse(date.trim()));
            } catch (DateTimeParseException e) {
                problem(details, problems, "holidays", "notADate", typed(date));
            }
        }
        // Rule 7's targets are the most a partner may promise (checked here: the OpenAPI scanner of
        // this Payara fails on @Max in record components of non-resource classes).
        int[] targets = {input.responseAMinutes(), input.responseBMinutes(), input.responseCMinutes()};
        for (int i = 0; i < targets.length; i++) {
            if (targets[i] < 1 || targets[i] > SupportOffering.STANDARD_RESPONSE_MINUTES[i]) {
                problem(
                        details,
                        problems,
                        "responseTargetMinutes",
                        "responseTarget",
                        String.valueOf("ABC".charAt(i)),
                        String.valueOf(SupportOffering.STANDARD_RESPONSE_MINUTES[i]));
            }
        }
        ServiceHours hours = null;
        try {
            hours = ServiceHours.parse(input.timeZone(), "", "");
        } catch (IllegalArgumentException e) {
            problem(details, problems, "timeZone", "timeZone", typed(input.timeZone()));
        }
        if (!problems.isEmpty()) {
            // One argument, the list: each problem is rendered for the reader and they are joined.
            throw new BusinessException(400, "VALIDATION_FAILED", details, List.copyOf(problems));
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

    /**
     * One problem of the offering: {@code offering.problem.<name>} with its arguments, for the
     * refusal's message, and for its details the field with the text in English (the API's).
     */
    private static void problem(
            List<Object> details, List<String> problems, String field, String name, Object... arguments) {
        String problem = SystemText.of("offering.problem." + name, arguments);
        problems.add(problem);
        details.add(Map.of("field", field, "message", SystemText.english(problem)));
    }

    /** A day of the week in the reader's words (Monday, Pazartesi); a code that names none as it was sent. */
    private static String day(String code) {
        String day = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(DayOfWeek.values()).map(ServiceHours::code).anyMatch(day::equals)
                ? SystemText.word("support.day." + day)
                : typed(code);
    }

    /** A value as it was sent, unable to pass for a text of the system. */
    private static String typed(String value) {
        return String.valueOf(SystemText.typed(value));
    }

    /** The offering as the audit log shows it, in each reader's language (audit.value.offering). */
    private static String describe(SupportOffering o) {
        ServiceHours hours = o.hours();
        List<String> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            List<String> windows = hours.weekly().stream()
                    .filter(w -> w.day() == day)
                    .map(w -> w.from() + "-" + w.to())
                    .toList();
            if (!windows.isEmpty()) {
                days.add(SystemText.word("support.day." + ServiceHours.code(day)) + " " + String.join(", ", windows));
            }
        }
        Object[] arguments = {
            String.valueOf(SystemText.typed(o.getEmail())),
            String.valueOf(SystemText.typed(o.getTelephone())),
            String.valueOf(SystemText.typed(o.getWebsite())),
            SystemText.list(days),
            hours.zone().getId(),
            String.valueOf(o.getHolidays()),
            SystemText.list(words("support.contact.", o.getContactMethods())),
            SystemText.list(words("support.plan.", o.getSupportPlans())),
            o.responseMinutes(0),
            o.responseMinutes(1),
            o.responseMinutes(2)
        };
        String text = SystemText.of("audit.value.offering", arguments);
        int over = text.length() - 2000;
        if (over > 0) {
            // The audit keeps 2000 characters: the list of holidays gives way, the rest stays whole.
            String all = (String) arguments[5];
            arguments[5] = all.substring(0, Math.max(0, all.length() - over - 1)) + "…";
            text = SystemText.of("audit.value.offering", arguments);
        }
        return text;
    }

    /** Codes (contact methods, plans) as words of the bundle, each once. */
    private static List<String> words(String prefix, List<String> codes) {
        return codes.stream().distinct().map(c -> SystemText.word(prefix + c)).toList();
    }
}
