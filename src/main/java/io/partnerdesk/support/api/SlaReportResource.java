package io.partnerdesk.support.api;

import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.api.ListResult;
import io.partnerdesk.shared.security.Role;
import io.partnerdesk.support.application.SlaReportCsv;
import io.partnerdesk.support.application.SupportQueueService;
import io.partnerdesk.support.domain.Severity;
import io.partnerdesk.support.domain.SupportRequestRepository.SlaLine;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The SLA report of the caller's organisation: first-response times (median and 90th percentile, in
 * minutes) and breaches of its support requests, per month (UTC) and severity; JSON or CSV.
 */
@Path("reports/sla")
@ApplicationScoped
@RolesAllowed({Role.GLOBAL_ADMIN, Role.USER_MANAGEMENT_ADMIN, Role.HELPDESK_AGENT, Role.ADMIN_AGENT})
public class SlaReportResource {

    /** The months a report covers unless told otherwise: this one and the five before it. */
    static final int DEFAULT_MONTHS = 6;

    @Inject
    SupportQueueService queue;

    /** One month and severity of the report. */
    public record SlaLineDto(
            String month,
            Severity severity,
            long requests,
            Double firstResponseP50Minutes,
            Double firstResponseP90Minutes,
            long breached) {
        static SlaLineDto of(SlaLine line) {
            return new SlaLineDto(
                    line.month().toString(),
                    line.severity(),
                    line.requests(),
                    round(line.p50Minutes()),
                    round(line.p90Minutes()),
                    line.breached());
        }

        private static Double round(Double minutes) {
            return minutes == null ? null : Math.round(minutes * 10) / 10.0;
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "First-response times and breaches per month and severity, for months from to to"
                    + " (YYYY-MM, both included; the last six months by default, at most 24)")
    public ListResult<SlaLineDto> report(@QueryParam("from") String from, @QueryParam("to") String to) {
        return ListResult.of(lines(from, to).stream().map(SlaLineDto::of).toList());
    }

    @GET
    @Produces("text/csv")
    @Operation(summary = "The same report as CSV")
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to) {
        return Response.ok(SlaReportCsv.of(lines(from, to)), "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"partnerdesk-sla-report.csv\"")
                .build();
    }

    private List<SlaLine> lines(String from, String to) {
        YearMonth last = to == null ? YearMonth.now(ZoneOffset.UTC) : month("to", to);
        YearMonth first = from == null ? last.minusMonths(DEFAULT_MONTHS - 1L) : month("from", from);
        return queue.slaReport(first, last);
    }

    private static YearMonth month(String parameter, String value) {
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BusinessException(400, "INVALID_QUERY_PARAMETER", parameter);
        }
    }
}
