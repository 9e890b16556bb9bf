package io.partnerdesk.servicehealth.application;

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
}
