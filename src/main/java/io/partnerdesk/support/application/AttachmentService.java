package io.partnerdesk.support.application;

import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.security.CurrentUser;
import io.partnerdesk.shared.security.Role;
import io.partnerdesk.support.domain.Attachment;
import io.partnerdesk.support.domain.AttachmentRepository;
import io.partnerdesk.support.domain.SupportRequest;
import io.partnerdesk.support.domain.SupportRequestRepository;
import io.partnerdesk.support.domain.SupportRequestStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.UUID;

/**
 * Files on support requests. A request's files are seen and added by those who see the request:
 * the customer's admins on their own request, and the handler's support staff; the partner a
 * request was escalated to also sees the files of the request it came from. Anyone else gets 404.
 */
@Stateless
@RolesAllowed({Role.GLOBAL_ADMIN, Role.USER_MANAGEMENT_ADMIN, Role.HELPDESK_AGENT, Role.ADMIN_AGENT, Role.CUSTOMER_ADMIN
})
public class AttachmentService {

    /** From whose side a request is reached: the partner's queue, or the customer's own requests. */
    public enum Side {
        STAFF,
        CUSTOMER
    }

    /** A file as it arrives: the name and type its sender gave, and its bytes. */
    public record Upload(String fileName, String contentType, InputStream content) {}

    @Inject
    CurrentUser currentUser;

    @Inject
    SupportRequestRepository requests;

    @Inject
    AttachmentRepository attachments;

    @Inject
    AttachmentStore store;

    /** The files the caller sees on the request, oldest first. */
    public List<Attachment> list(Side side, UUID requestId) {
        return attachments.of(visibleIds(side, reachable(side, requestId)));
    }

    /**
     * Attaches a file to the request, or to its note {@code noteNumber} (from 1) when given. Refused:
     * programs and scripts (415), a file over the size limit or one that does not fit in what is
     * left of the request's room (413), an empty file (400), a closed request (409).
     */
    public Attachment add(Side side, UUID requestId, Integer noteNumber, Upload upload) {
        SupportRequest request = reachable(side, requestId);
        boolean closed = side == Side.CUSTOMER
                ? !request.getStatus().acceptsCustomerNotes()
                : request.getStatus() == SupportRequestStatus.CLOSED;
        if (closed) {
            throw BusinessException.conflict("REQUEST_CLOSED", List.of(), request.getTitle());
        }
        if (noteNumber != null
                && (noteNumber < 1 || noteNumber > request.getNotes().size())) {
            throw new BusinessException(
                    400, "INVALID_REQUEST", "noteId " + noteNumber + " is not a note of the request");
        }
        return store.store(
                side,
                request,
                noteNumber,
                upload,
                new AttachmentStore.Author(
                        currentUser.getUsername(),
                        currentUser.getDisplayName(),
                        side == Side.CUSTOMER
                                ? request.getCustomer().getCompanyName()
                                : request.getHandler().getName()));
    }

    /** One of the files the caller sees on the request; 404 for any other. */
    public Attachment describe(Side side, UUID requestId, UUID attachmentId) {
        List<UUID> visible = visibleIds(side, reachable(side, requestId));
        return attachments
                .find(attachmentId)
                .filter(a -> visible.contains(a.getRequestId()))
                .orElseThrow(() -> BusinessException.notFound("attachment", attachmentId));
    }

    /** Writes the bytes of one of the files the caller sees on the request, exactly as they were uploaded. */
    public void copy(Side side, UUID requestId, UUID attachmentId, OutputStream out) throws IOException {
        attachments.copy(describe(side, requestId, attachmentId).getId(), out);
    }

    /** The request as the caller's side reaches it; 404 when it is not theirs to see. */
    private SupportRequest reachable(Side side, UUID requestId) {
        if (side == Side.CUSTOMER) {
            UUID customerId = currentUser.requireCustomerId();
            return requests.find(requestId)
                    .filter(r -> r.getCustomer().getId().equals(customerId))
                    .filter(r -> r.getEscalatedFromId() == null)
                    .orElseThrow(() -> BusinessException.notFound("support_request", requestId));
        }
        if (!currentUser.hasAnyRole(Role.SUPPORT_ROLES.toArray(String[]::new))) {
            throw BusinessException.forbidden("NOT_A_PARTNER");
        }
        UUID partnerId = currentUser.requirePartnerId();
        return requests.find(requestId)
                .filter(r -> r.isHandledBy(partnerId))
                .orElseThrow(() -> BusinessException.notFound("support_request", requestId));
    }

    /** The request's own files, and for an escalated copy those of the request it came from. */
    private static List<UUID> visibleIds(Side side, SupportRequest request) {
        return side == Side.STAFF && request.getEscalatedFromId() != null
                ? List.of(request.getId(), request.getEscalatedFromId())
                : List.of(request.getId());
    }
}
