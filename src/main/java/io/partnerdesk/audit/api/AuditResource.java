package io.partnerdesk.audit.api;

import io.partnerdesk.audit.application.AuditCsv;
import io.partnerdesk.audit.application.AuditService;
import io.partnerdesk.audit.domain.AuditRecord;
import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.Page;
import io.partnerdesk.shared.api.ListResult;
import io.partnerdesk.shared.api.Paging;
import io.partnerdesk.shared.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The audit trail of the caller's organisation, as JSON or as CSV. */
@Path("auditrecords")
@ApplicationScoped
@RolesAllowed({Role.GLOBAL_ADMIN, Role.USER_MANAGEMENT_ADMIN})
public class AuditResource {

    @Inject
    AuditService audit;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Audit records, newest first; startDate/endDate are ISO dates or date-times")
    public ListResult<AuditRecordDto> list(
            @QueryParam("startDate") String startDate,
            @QueryParam("endDate") String endDate,
            @QueryParam("filter") String filter,
            @QueryParam("offset") Integer offset,
            @QueryParam("size") Integer size) {
        Paging paging = Paging.of(offset, size);
        Page<AuditRecord> page =
                audit.search(instant(startDate, false), instant(endDate, true), filter, paging.offset(), paging.size());
        return new ListResult<>(
                page.totalCount(), page.items().stream().map(AuditRecordDto::of).toList());
    }

    @GET
    @Produces("text/csv")
    @Operation(summary = "The same records as CSV (up to 50,000)")
    public Response csv(
            @QueryParam("startDate") String startDate,
            @QueryParam("endDate") String endDate,
            @QueryParam("filter") String filter) {
        Page<AuditRecord> page =
                audit.search(instant(startDate, false), instant(endDate, true), filter, 0, AuditService.MAX_EXPORT);
        StringBuilder csv = new StringBuilder(AuditCsv.HEADER).append("\r\n");
        page.items().forEach(r -> csv.append(AuditCsv.row(r)).append("\r\n"));
        return Response.ok(csv.toString(), "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"partnerdesk-audit.csv\"")
                .build();
    }

    /** A date (whole day; the end date counts in full) or a date-time with offset. */
    static Instant instant(String value, boolean end) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate date = LocalDate.parse(value);
                return (end ? date.plusDays(1) : date).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new BusinessException(400, "INVALID_REQUEST", "dates look like 2026-11-22 or 2026-11-22T10:00:00Z");
        }
    }
}
