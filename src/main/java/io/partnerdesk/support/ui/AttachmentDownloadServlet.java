package io.partnerdesk.support.ui;

import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.web.ContentDisposition;
import io.partnerdesk.support.application.AttachmentService;
import io.partnerdesk.support.application.AttachmentService.Side;
import io.partnerdesk.support.domain.Attachment;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;

/**
 * The pages' downloads of attachments ({@code ?request=&id=}): under {@code /support/} for the
 * partner's staff and {@code /my/} for the customer, each behind its pages' roles, with the same
 * rules and headers as the API's download (404 for a file the caller does not see).
 */
@WebServlet(urlPatterns = {AttachmentDownloadServlet.STAFF_PATH, AttachmentDownloadServlet.CUSTOMER_PATH})
public class AttachmentDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String STAFF_PATH = "/support/attachment";
    static final String CUSTOMER_PATH = "/my/attachment";

    @Inject
    transient AttachmentService attachments;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Side side = CUSTOMER_PATH.equals(request.getServletPath()) ? Side.CUSTOMER : Side.STAFF;
        UUID requestId;
        UUID attachmentId;
        try {
            requestId = UUID.fromString(String.valueOf(request.getParameter("request")));
            attachmentId = UUID.fromString(String.valueOf(request.getParameter("id")));
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Attachment attachment;
        try {
            attachment = attachments.describe(side, requestId, attachmentId);
        } catch (BusinessException e) {
            response.sendError(e.status());
            return;
        }
        response.setContentType(attachment.getContentType());
        response.setContentLengthLong(attachment.getSize());
        response.setHeader("Content-Disposition", ContentDisposition.attachment(attachment.getFileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        response.setHeader("Cache-Control", "private, no-store");
        attachments.copy(side, requestId, attachmentId, response.getOutputStream());
    }

    /** The address a page links a file to. */
    static String path(Side side) {
        return side == Side.CUSTOMER ? CUSTOMER_PATH : STAFF_PATH;
    }
}
