package io.partnerdesk.support.ui;

import io.partnerdesk.shared.web.Messages;
import io.partnerdesk.support.application.AttachmentLimits;
import io.partnerdesk.support.application.AttachmentService;
import io.partnerdesk.support.application.AttachmentService.Side;
import io.partnerdesk.support.domain.Attachment;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The files of the request a page shows (the partner's request page and the customer's), with the
 * upload that adds to them: each file is stored as it arrives, its refusal shown by the upload.
 */
@Named
@ViewScoped
public class AttachmentsPanel implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String UPLOAD_ID = "attachment-upload";

    @Inject
    AttachmentService attachments;

    @Inject
    AttachmentLimits limits;

    private Side side;
    private UUID requestId;
    private boolean open;
    private List<Line> lines = List.of();

    /** A file as the page lists it. */
    public record Line(
            UUID id, String fileName, String size, String uploadedBy, String organisation, Instant at, Integer note)
            implements Serializable {}

    /** Shows the files of the request; {@code open} whether files may still be added to it. */
    void show(Side shownSide, UUID shownRequest, boolean acceptsFiles) {
        this.side = shownSide;
        this.requestId = shownRequest;
        this.open = acceptsFiles;
        refresh();
    }

    void reload() {
        if (requestId != null) {
            refresh();
        }
    }

    private void refresh() {
        lines = attachments.list(side, requestId).stream()
                .map(AttachmentsPanel::line)
                .toList();
    }

    private static Line line(Attachment a) {
        return new Line(
                a.getId(),
                a.getFileName(),
                Messages.argument(AttachmentLimits.readable(a.getSize())),
                a.getUploadedByName(),
                a.getUploadedByOrganisation(),
                a.getUploadedAt(),
                a.getNoteNumber());
    }

    /** Stores one uploaded file (the upload sends each file on its own). */
    public void upload(FileUploadEvent event) throws IOException {
        UploadedFile file = event.getFile();
        Messages.refusalsGoTo(UPLOAD_ID);
        Attachment stored;
        try (InputStream content = file.getInputStream()) {
            stored = attachments.add(
                    side,
                    requestId,
                    null,
                    new AttachmentService.Upload(file.getFileName(), file.getContentType(), content));
        } finally {
            refresh();
        }
        Messages.info(UPLOAD_ID, "support.attachments.added", stored.getFileName());
    }

    /** Where the page links a file to: the download of the page's side, which checks again who may have it. */
    public String href(Line line) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + AttachmentDownloadServlet.path(side) + "?request=" + requestId + "&id=" + line.id();
    }

    public String getHint() {
        return Messages.text(
                "support.attachments.hint",
                AttachmentLimits.readable(limits.maxFileBytes()),
                AttachmentLimits.readable(limits.maxRequestBytes()));
    }

    public String getTooLargeMessage() {
        return Messages.text("support.attachments.tooLarge", AttachmentLimits.readable(limits.maxFileBytes()));
    }

    public long getMaxFileBytes() {
        return limits.maxFileBytes();
    }

    public boolean isOpen() {
        return open;
    }

    public List<Line> getLines() {
        return lines;
    }
}
