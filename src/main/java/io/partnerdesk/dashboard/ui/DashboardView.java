package io.partnerdesk.dashboard.ui;

import io.partnerdesk.organisation.application.AccountService;
import io.partnerdesk.partner.domain.PartnerKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;

/** The dashboard ({@code /index.xhtml}): who you are and what you can do here. */
@Named
@RequestScoped
public class DashboardView {

    @Inject
    AccountService accounts;

    private AccountService.Me me;

    public void load() {
        me = accounts.me();
    }

    private AccountService.Me me() {
        if (me == null) {
            load();
        }
        return me;
    }

    public String getDisplayName() {
        return me().account().displayName();
    }

    public String getOrganisationName() {
        if (me().partner() != null) {
            return me().partner().getName();
        }
        return me().customer() == null ? "" : me().customer().getCompanyName();
    }

    public String getOrganisationKind() {
        return me().partner() != null
                ? "partner.kind." + me().partner().getKind().name()
                : "customer.kind";
    }

    /** The kind of the caller's organisation when it is a partner, else null. */
    public PartnerKind getPartnerKind() {
        return me().partner() == null ? null : me().partner().getKind();
    }

    /** The caller's organisation when it is a partner, else null. */
    public UUID getPartnerId() {
        return me().partner() == null ? null : me().partner().getId();
    }

    public List<String> getRoles() {
        return me().account().roles().stream().sorted().toList();
    }
}
