package io.partnerdesk.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Labels for codes (audit actions, states) from the bundle, falling back to the code itself. */
@Named
@ApplicationScoped
public class Labels {

    public String of(String prefix, Object code) {
        return code == null ? "" : Messages.text(prefix + code);
    }
}
