package io.partnerdesk.partner.ui;

import io.partnerdesk.partner.application.SupportOfferingService;
import io.partnerdesk.partner.domain.ContactMethod;
import io.partnerdesk.partner.domain.ServiceHours;
import io.partnerdesk.partner.domain.SupportOffering;
import io.partnerdesk.partner.domain.SupportPlan;
import io.partnerdesk.shared.web.Messages;
import io.partnerdesk.shared.web.RequiredChoice;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The support offering editor ({@code /support/offering.xhtml}): one opening window per weekday,
 * time zone, holidays, contact, pricing, scope, response targets and the vendor plans held.
 * Everyone in support may read it; global admins and admin agents save it.
 */
@Named
@ViewScoped
public class SupportOfferingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SupportOfferingService offerings;

    /** One weekday of the schedule: open or not, and from when to when. */
    public static class Day implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private boolean open;

        @Pattern(regexp = "^$|" + ServiceHours.OPENS_PATTERN)
        private String from = "09:00";

        @Pattern(regexp = "^$|" + ServiceHours.CLOSES_PATTERN)
        private String to = "18:00";

        Day(String code) {
            this.code = code;
        }

        public String getCode() {
            return code;
        }

        public boolean isOpen() {
            return open;
        }

        public void setOpen(boolean open) {
            this.open = open;
        }

        public String getFrom() {
            return from;
        }

        public void setFrom(String from) {
            this.from = from;
        }

        public String getTo() {
            return to;
        }

        public void setTo(String to) {
            this.to = to;
        }
    }

    @Size(max = SupportOffering.EMAIL_MAX_LENGTH)
    @Email
    @Pattern(regexp = SupportOffering.EMAIL_PATTERN)
    private String email;

    @Size(max = SupportOffering.TELEPHONE_MAX_LENGTH)
    @Pattern(regexp = SupportOffering.TELEPHONE_PATTERN)
    private String telephone;

    @Size(max = SupportOffering.WEBSITE_MAX_LENGTH)
    @Pattern(regexp = SupportOffering.WEBSITE_PATTERN)
    private String website;

    private String timeZone = "Europe/Istanbul";
    private List<Day> days = new ArrayList<>();
    private List<LocalDate> holidays = new ArrayList<>();
    private List<String> contactMethods = new ArrayList<>(List.of(ContactMethod.EMAIL.name()));

    @Size(max = SupportOffering.PRICING_MAX_LENGTH)
    private String pricing;

    @Size(max = SupportOffering.SCOPE_MAX_LENGTH)
    private String scope;

    private List<String> supportPlans = new ArrayList<>();

    private int responseA = SupportOffering.STANDARD_RESPONSE_MINUTES[0];

    private int responseB = SupportOffering.STANDARD_RESPONSE_MINUTES[1];

    private int responseC = SupportOffering.STANDARD_RESPONSE_MINUTES[2];

    private Long version;
    private boolean published;

    public void load() {
        days = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            days.add(new Day(ServiceHours.code(d)));
        }
        offerings.mine().ifPresent(this::show);
    }

    private void show(SupportOffering offering) {
        SupportOffering.Content c = offering.content();
        email = c.email();
        telephone = c.telephone();
        website = c.website();
        timeZone = c.serviceHours().zone().getId();
        for (Day day : days) {
            day.setOpen(false);
        }
        for (ServiceHours.Window w : c.serviceHours().weekly()) {
            Day day = days.get(w.day().ordinal());
            day.setOpen(true);
            day.setFrom(w.from().toString());
            day.setTo(w.to().toString());
        }
        holidays = new ArrayList<>(c.serviceHours().holidays().stream().sorted().toList());
        contactMethods =
                new ArrayList<>(c.contactMethods().stream().map(Enum::name).toList());
        pricing = c.pricing();
        scope = c.scope();
        supportPlans = new ArrayList<>(c.supportPlans().stream().map(Enum::name).toList());
        responseA = c.responseAMinutes();
        responseB = c.responseBMinutes();
        responseC = c.responseCMinutes();
        version = offering.getVersion();
        published = true;
    }

    public void save() {
        List<SupportOfferingService.WindowInput> weekly = days.stream()
                .filter(Day::isOpen)
                .map(d -> new SupportOfferingService.WindowInput(d.getCode(), d.getFrom(), d.getTo()))
                .toList();
        SupportOffering saved = offerings.save(
                new SupportOfferingService.OfferingInput(
                        email,
                        telephone,
                        website,
                        timeZone,
                        weekly,
                        holidays.stream().map(LocalDate::toString).toList(),
                        contactMethods.stream().map(ContactMethod::valueOf).toList(),
                        pricing,
                        scope,
                        supportPlans.stream().map(SupportPlan::valueOf).toList(),
                        responseA,
                        responseB,
                        responseC),
                version);
        show(saved);
        Messages.info(null, "support.offering.saved");
    }

    public List<String> getZones() {
        return ZoneId.getAvailableZoneIds().stream()
                .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/"))
                .sorted()
                .toList();
    }

    public ContactMethod[] getAllContactMethods() {
        return ContactMethod.values();
    }

    public SupportPlan[] getAllPlans() {
        return SupportPlan.values();
    }

    public int getPricingMaxLength() {
        return SupportOffering.PRICING_MAX_LENGTH;
    }

    public int getScopeMaxLength() {
        return SupportOffering.SCOPE_MAX_LENGTH;
    }

    public boolean isPublished() {
        return published;
    }

    public List<Day> getDays() {
        return days;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getTelephone() {
        return telephone;
    }

    public void setTelephone(String telephone) {
        this.telephone = telephone;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public List<LocalDate> getHolidays() {
        return holidays;
    }

    public void setHolidays(List<LocalDate> holidays) {
        this.holidays = holidays == null ? new ArrayList<>() : holidays;
    }

    public List<String> getContactMethods() {
        return contactMethods;
    }

    public void setContactMethods(List<String> contactMethods) {
        this.contactMethods = contactMethods;
    }

    /**
     * At least one way to reach the partner is chosen. A validator rather than {@code required}: a
     * required group of check boxes is announced with {@code aria-required} on an element that may
     * not carry it, which screen readers then ignore.
     */
    public void requireContactMethod(FacesContext context, UIComponent component, Object value) {
        RequiredChoice.require(value, "support.offering.contactMethodsRequired");
    }

    public String getPricing() {
        return pricing;
    }

    public void setPricing(String pricing) {
        this.pricing = pricing;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public List<String> getSupportPlans() {
        return supportPlans;
    }

    public void setSupportPlans(List<String> supportPlans) {
        this.supportPlans = supportPlans;
    }

    public int getResponseA() {
        return responseA;
    }

    public void setResponseA(int responseA) {
        this.responseA = responseA;
    }

    public int getResponseB() {
        return responseB;
    }

    public void setResponseB(int responseB) {
        this.responseB = responseB;
    }

    public int getResponseC() {
        return responseC;
    }

    public void setResponseC(int responseC) {
        this.responseC = responseC;
    }
}
