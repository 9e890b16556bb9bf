package io.partnerdesk.audit.ui;

import io.partnerdesk.audit.application.AuditCsv;
import io.partnerdesk.audit.application.AuditService;
import io.partnerdesk.audit.domain.AuditRecord;
import io.partnerdesk.shared.web.CsvDownload;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit log ({@code /audit/list.xhtml}): filter by dates and text, page through, export CSV. */
@Named
@ViewScoped
public class AuditListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditService audit;

    private LocalDate from;
    private LocalDate to;
    private String filter;
    /**
     * The rows of the page on screen. Transient: the session (this bean lives in it) is saved to the data grid after
     * every request, and the rows are read again from the database whenever the table renders.
     */
    private transient Records model;

    /** One database page per table page. */
    public class Records extends LazyDataModel<AuditRecord> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) audit.count(fromInstant(), toInstant(), filter);
        }

        @Override
        public List<AuditRecord> load(
                int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return audit.pageOnly(fromInstant(), toInstant(), filter, first, size);
        }

        @Override
        public String getRowKey(AuditRecord row) {
            return row.getId().toString();
        }
    }

    /** Streams the filtered records as a CSV download. */
    public void exportCsv() throws IOException {
        List<AuditRecord> records = audit.search(fromInstant(), toInstant(), filter, 0, AuditService.MAX_EXPORT)
                .items();
        StringBuilder csv = new StringBuilder(AuditCsv.HEADER).append("\r\n");
        records.forEach(r -> csv.append(AuditCsv.row(r)).append("\r\n"));
        CsvDownload.send("partnerdesk-audit.csv", csv.toString());
    }

    private Instant fromInstant() {
        return from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private Instant toInstant() {
        return to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    public LazyDataModel<AuditRecord> getModel() {
        if (model == null) {
            model = new Records();
        }
        return model;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }
}
