package io.partnerdesk.organisation.application;

import io.partnerdesk.organisation.domain.DirectoryUserRepository;
import io.partnerdesk.shared.events.ReaderChoice;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Remembers the language and time zone each person reads PartnerDesk in, as the pages report them
 * ({@link ReaderChoice}), on the person's directory record; one read, and a write only on a change.
 */
@Stateless
@PermitAll
public class ReaderPreferences {

    @Inject
    DirectoryUserRepository directoryUsers;

    public void remember(@Observes ReaderChoice choice) {
        directoryUsers.recordReader(
                choice.username(),
                choice.language().getLanguage(),
                choice.zone().getId());
    }
}
