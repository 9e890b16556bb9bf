package io.partnerdesk.partner.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * What a partner publishes about the support it gives: how to reach it, when, at what price, and
 * the vendor support plans it holds. Customers see the offering of each subscription's contact.
 */
@Entity
@Table(name = "support_offering")
public class SupportOffering implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "partner_id", length = 36)
    private UUID partnerId;

    @Column(name = "email", length = 200)
    private String email;

    @Column(name = "telephone", length = 50)
    private String telephone;

    @Column(name = "website", length = 400)
    private String website;

    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone;

    /** The weekly schedule, e.g. {@code MON 09:00-18:00;TUE 09:00-18:00}. */
    @Column(name = "weekly_hours", nullable = false, length = 400)
    private String weeklyHours;

    @Column(name = "contact_methods", nullable = false, length = 200)
    private String contactMethods;

    @Column(name = "pricing", length = 1000)
    private String pricing;

    @Column(name = "scope", length = 2000)
    private String scope;

    @Column(name = "support_plans", nullable = false, length = 200)
    private String supportPlans;

    /** Days without service, ISO dates separated by commas. */
    @Column(name = "holidays", nullable = false, length = 2000)
    private String holidays;

    @Column(name = "response_a_minutes", nullable = false)
    private int responseAMinutes;

    @Column(name = "response_b_minutes", nullable = false)
    private int responseBMinutes;

    @Column(name = "response_c_minutes", nullable = false)
    private int responseCMinutes;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    /** The longest e-mail address of an offering's contact. */
    public static final int EMAIL_MAX_LENGTH = 200;

    /** An offering's e-mail address: empty or something@somewhere.tld. */
    public static final String EMAIL_PATTERN = "^$|.+@.+\\..+";

    /** The longest telephone number of an offering's contact. */
    public static final int TELEPHONE_MAX_LENGTH = 50;

    /** An offering's telephone number: digits, spaces and + ( ) . / - only. */
    public static final String TELEPHONE_PATTERN = "[+0-9 ()./-]*";

    /** The longest web address of an offering's contact. */
    public static final int WEBSITE_MAX_LENGTH = 400;

    /** An offering's web address: empty or an http(s) address with a host name. */
    public static final String WEBSITE_PATTERN = "^$|https?://[A-Za-z0-9.-]+\\.[A-Za-z]{2,}(:\\d+)?(/\\S*)?";

    /** The longest pricing text of an offering. */
    public static final int PRICING_MAX_LENGTH = 1000;

    /** The longest scope text of an offering. */
    public static final int SCOPE_MAX_LENGTH = 2000;

    /** Rule 7's first-response targets (A, B, C) in minutes: the defaults and the most a partner may promise. */
    public static final int[] STANDARD_RESPONSE_MINUTES = {120, 240, 480};

    /** Everything a partner publishes, as the editor and the API give it. */
    public record Content(
            String email,
            String telephone,
            String website,
            ServiceHours serviceHours,
            List<ContactMethod> contactMethods,
            String pricing,
            String scope,
            List<SupportPlan> supportPlans,
            int responseAMinutes,
            int responseBMinutes,
            int responseCMinutes) {}

    protected SupportOffering() {}

    public SupportOffering(UUID partnerId, Content content) {
        this.partnerId = partnerId;
        update(content);
    }

    /** Replaces the whole offering; the caller has validated the content. */
    public void update(Content content) {
        this.email = blankToNull(content.email());
        this.telephone = blankToNull(content.telephone());
        this.website = blankToNull(content.website());
        this.timeZone = content.serviceHours().zone().getId();
        this.weeklyHours = content.serviceHours().weeklyText();
        this.holidays = content.serviceHours().holidaysText();
        this.contactMethods = content.contactMethods().stream()
                .distinct()
                .map(Enum::name)
                .collect(java.util.stream.Collectors.joining(","));
        this.pricing = blankToNull(content.pricing());
        this.scope = blankToNull(content.scope());
        this.supportPlans = content.supportPlans().stream()
                .distinct()
                .map(Enum::name)
                .collect(java.util.stream.Collectors.joining(","));
        this.responseAMinutes = content.responseAMinutes();
        this.responseBMinutes = content.responseBMinutes();
        this.responseCMinutes = content.responseCMinutes();
    }

    /** The offering as the editor shows it. */
    public Content content() {
        return new Content(
                email,
                telephone,
                website,
                hours(),
                getContactMethods().stream().map(ContactMethod::valueOf).toList(),
                pricing,
                scope,
                plans(),
                responseAMinutes,
                responseBMinutes,
                responseCMinutes);
    }

    /** The weekly schedule, time zone and holidays that the SLA clock counts in. */
    public ServiceHours hours() {
        return ServiceHours.parse(timeZone, weeklyHours, holidays);
    }

    public List<SupportPlan> plans() {
        return split(supportPlans).stream().map(SupportPlan::valueOf).toList();
    }

    /** The promised first-response time for severity A, B or C (index 0, 1, 2), in minutes. */
    public int responseMinutes(int severityIndex) {
        return switch (severityIndex) {
            case 0 -> responseAMinutes;
            case 1 -> responseBMinutes;
            default -> responseCMinutes;
        };
    }

    public String getHolidays() {
        return holidays;
    }

    /** The holidays from the partner's today on (in its time zone), in order: what customers plan around. */
    public List<LocalDate> upcomingHolidays(Instant now) {
        ServiceHours hours = hours();
        LocalDate today = LocalDate.ofInstant(now, hours.zone());
        return hours.holidays().stream()
                .filter(day -> !day.isBefore(today))
                .sorted()
                .toList();
    }

    public long getVersion() {
        return version;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public UUID getPartnerId() {
        return partnerId;
    }

    public String getEmail() {
        return email;
    }

    public String getTelephone() {
        return telephone;
    }

    public String getWebsite() {
        return website;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public String getWeeklyHours() {
        return weeklyHours;
    }

    public List<String> getContactMethods() {
        return split(contactMethods);
    }

    public String getPricing() {
        return pricing;
    }

    public String getScope() {
        return scope;
    }

    public List<String> getSupportPlans() {
        return split(supportPlans);
    }

    /** The service hours as a person reads them, e.g. "MON 09:00-18:00, TUE ... (Europe/Istanbul)". */
    public String getServiceHours() {
        return hours().describe();
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isBlank()
                ? List.of()
                : Arrays.stream(csv.split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
