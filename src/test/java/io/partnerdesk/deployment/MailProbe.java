package io.partnerdesk.deployment;

import io.partnerdesk.notification.mail.MailSettings;
import io.partnerdesk.notification.mail.Mailer;
import io.partnerdesk.notification.mail.OutgoingMail;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Added to the WAR only for the directory test of a portal without demo data: sends one e-mail
 * through the portal's mailer ({@code POST /api/v1/mail-probe} with the recipient as the body) and
 * answers which mail session it used. Without demo data there is no customer whose support
 * request would cause a notification.
 */
@Path("mail-probe")
@Stateless
@RolesAllowed("GLOBAL_ADMIN")
public class MailProbe {

    @Inject
    MailSettings settings;

    @Inject
    Mailer mailer;

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.TEXT_PLAIN)
    public String send(String recipient) {
        mailer.send(new OutgoingMail(recipient.strip(), "[PartnerDesk] Mail probe", "Sent by the mail probe.\n"));
        return settings.serverSession().isPresent()
                ? "server session " + MailSettings.SERVER_SESSION + " to " + settings.host()
                : "portal settings to " + settings.host();
    }
}
