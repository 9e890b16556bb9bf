package io.partnerdesk.customer.ui;

import io.partnerdesk.audit.application.AuditService;
import io.partnerdesk.audit.domain.AuditRecord;
import io.partnerdesk.shared.Page;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The audit tab of the customer page: what was changed about this customer, newest first. */
@Named
@ViewScoped
public class CustomerAuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditService audit;

    @Inject
    CustomerDetailView page;

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
            return (int) audit.ofCustomer(page.getId(), 0, 1).totalCount();
        }

        @Override
        public List<AuditRecord> load(
                int first, int size, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Page<AuditRecord> result = audit.ofCustomer(page.getId(), first, size);
            setRowCount((int) result.totalCount());
            return result.items();
        }

        @Override
        public String getRowKey(AuditRecord row) {
            return row.getId().toString();
        }
    }

    public LazyDataModel<AuditRecord> getModel() {
        if (model == null) {
            model = new Records();
        }
        return model;
    }
}
