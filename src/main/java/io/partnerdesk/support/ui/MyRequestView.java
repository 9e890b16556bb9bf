package io.partnerdesk.support.ui;

import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.web.Messages;
import io.partnerdesk.support.application.AttachmentService;
import io.partnerdesk.support.application.CustomerRequestService;
import io.partnerdesk.support.domain.SupportRequest;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/** One of the customer's requests ({@code /my/request.xhtml?id=}): status, notes, adding a note. */
@Named
@ViewScoped
public class MyRequestView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CustomerRequestService requests;

    @Inject
    AttachmentsPanel attachments;

    private UUID id;
    private QueueRow request;
    private String description;
    private String resolution;
    private String preferredContact;
    private List<SupportRequestView.NoteLine> notes = List.of();
    private String newNote;

    public void load() {
        if (id == null) {
            throw BusinessException.notFound("support_request", "");
        }
        refresh(id);
        attachments.show(
                AttachmentService.Side.CUSTOMER,
                id,
                request.status() != io.partnerdesk.support.domain.SupportRequestStatus.CLOSED);
    }

    private void refresh(UUID requestId) {
        SupportRequest r = requests.get(requestId);
        request = QueueRow.of(r);
        description = r.getDescription();
        resolution = r.getResolution();
        preferredContact = r.getPreferredContact().name();
        notes = r.getNotes().stream().map(SupportRequestView::line).toList();
    }

    public void addNote() {
        requests.addNote(request.id(), newNote);
        newNote = null;
        refresh(request.id());
        Messages.info(null, "support.request.noteAdded");
    }

    public boolean isNotable() {
        return request != null && request.status() != io.partnerdesk.support.domain.SupportRequestStatus.CLOSED;
    }

    public UUID getId() {
        return id;
    }

    public void setId(UUID id) {
        this.id = id;
    }

    public QueueRow getRequest() {
        return request;
    }

    public String getDescription() {
        return description;
    }

    public String getResolution() {
        return resolution;
    }

    public String getPreferredContact() {
        return preferredContact;
    }

    public List<SupportRequestView.NoteLine> getNotes() {
        return notes;
    }

    public String getNewNote() {
        return newNote;
    }

    public void setNewNote(String newNote) {
        this.newNote = newNote;
    }
}
