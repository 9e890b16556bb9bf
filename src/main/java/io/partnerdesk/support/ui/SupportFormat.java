package io.partnerdesk.support.ui;

import io.partnerdesk.partner.domain.ServiceHours;
import io.partnerdesk.shared.web.Messages;
import io.partnerdesk.support.domain.Note;
import io.partnerdesk.support.domain.SlaClock;
import io.partnerdesk.support.domain.SupportRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the support pages write times and the SLA clock: the same way on every page. */
@Named
@ApplicationScoped
public class SupportFormat {

    /** The longest title of a request, as the services take it. */
    public int getTitleMaxLength() {
        return SupportRequest.MAX_TITLE;
    }

    /** The longest description or resolution of a request. */
    public int getTextMaxLength() {
        return SupportRequest.MAX_TEXT;
    }

    /** The longest note on a request. */
    public int getNoteMaxLength() {
        return Note.MAX_LENGTH;
    }

    /** A moment as every page writes it (the page's language, the reader's time zone). */
    public String dateTime(Instant at) {
        return Messages.dateTime(at);
    }

    /** "expected by" and the moment a first response is due, for the customer. */
    public String expectedBy(Instant due) {
        return Messages.text("my.requests.expectedBy", dateTime(due));
    }

    /** "Due" and the moment a first response is due, for the staff. */
    public String dueAt(Instant due) {
        return Messages.text("support.sla.dueAt", dateTime(due));
    }

    /** "3 h 20 min left", "overdue by 45 min" or "answered", from the bundle. */
    public String clock(Instant due, Instant respondedAt) {
        if (respondedAt != null) {
            return Messages.text(
                    respondedAt.isAfter(due) ? "support.sla.answeredLate" : "support.sla.answered",
                    dateTime(respondedAt));
        }
        Duration left = Duration.between(Instant.now(), due);
        return left.isNegative()
                ? Messages.text("support.sla.overdue", span(left.negated()))
                : Messages.text("support.sla.left", span(left));
    }

    /** The style of the clock: late, close (at risk) or fine. */
    public String clockStyle(Instant due, Instant respondedAt) {
        if (respondedAt != null) {
            return respondedAt.isAfter(due) ? "pd-sla pd-sla-late" : "pd-sla pd-sla-done";
        }
        Duration left = Duration.between(Instant.now(), due);
        return left.isNegative()
                ? "pd-sla pd-sla-late"
                : SlaClock.isAtRisk(left) ? "pd-sla pd-sla-close" : "pd-sla pd-sla-ok";
    }

    /**
     * Service hours in the reader's language: "Mon 09:00-18:00, Tue 09:00-18:00 (Europe/Istanbul)"
     * or "Pzt 09:00-18:00, Sal 09:00-18:00 (Europe/Istanbul)".
     */
    public String hours(ServiceHours hours) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        String windows = hours.weekly().stream()
                .map(w -> w.day().getDisplayName(TextStyle.SHORT, locale) + " " + w.from() + "-" + w.to())
                .collect(Collectors.joining(", "));
        return (windows.isEmpty() ? Messages.text("my.support.aroundTheClock") : windows) + " ("
                + hours.zone().getId() + ")";
    }

    /** A response target such as "2 h", "1 h 30 min" or "45 min". */
    public String minutes(int minutes) {
        Duration duration = Duration.ofMinutes(minutes);
        return duration.toMinutesPart() == 0 && duration.toHours() > 0
                ? Messages.text("support.sla.spanWholeHours", duration.toHours())
                : span(duration);
    }

    private static String span(Duration duration) {
        long days = duration.toDays();
        long hours = duration.toHoursPart();
        long minutes = duration.toMinutesPart();
        if (days > 0) {
            return Messages.text("support.sla.spanDays", days, hours, minutes);
        }
        return hours > 0
                ? Messages.text("support.sla.spanHours", hours, minutes)
                : Messages.text("support.sla.spanMinutes", minutes);
    }
}
