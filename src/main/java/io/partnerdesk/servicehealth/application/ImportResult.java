package io.partnerdesk.servicehealth.application;

import io.partnerdesk.shared.SystemText;
import java.util.List;

/** What an import changed; importing the same document again changes nothing. */
public record ImportResult(
        int servicesChanged, int incidentsAdded, int incidentsUpdated, List<String> unmappedServices) {

    public boolean changedAnything() {
        return servicesChanged + incidentsAdded + incidentsUpdated > 0;
    }

    public String summary() {
        return "services changed " + servicesChanged + ", incidents added " + incidentsAdded + ", incidents updated "
                + incidentsUpdated + (unmappedServices.isEmpty() ? "" : ", not in the catalogue " + unmappedServices);
    }

    /** What {@link #summary} says, as the audit log keeps it: in each reader's language. */
    public String auditText() {
        return unmappedServices.isEmpty()
                ? SystemText.of("audit.value.feedImported", servicesChanged, incidentsAdded, incidentsUpdated)
                : SystemText.of(
                        "audit.value.feedImportedWithUnmapped",
                        servicesChanged,
                        incidentsAdded,
                        incidentsUpdated,
                        SystemText.typed(unmappedServices.toString()));
    }
}
