package io.partnerdesk.support.application;

import io.partnerdesk.shared.SystemText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How large attachments may be: one file ({@code partnerdesk.attachments.max-file-size}, 10 MB
 * unless set) and all files of one request together ({@code
 * partnerdesk.attachments.max-request-size}, 25 MB unless set), in bytes.
 */
@ApplicationScoped
public class AttachmentLimits {

    public static final String MAX_FILE_SIZE = "partnerdesk.attachments.max-file-size";
    public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 25L * 1024 * 1024;

    @Inject
    @ConfigProperty(name = MAX_FILE_SIZE, defaultValue = "" + DEFAULT_MAX_FILE_BYTES)
    long maxFileBytes;

    @Inject
    @ConfigProperty(name = "partnerdesk.attachments.max-request-size", defaultValue = "" + DEFAULT_MAX_REQUEST_BYTES)
    long maxRequestBytes;

    public long maxFileBytes() {
        return maxFileBytes;
    }

    public long maxRequestBytes() {
        return maxRequestBytes;
    }

    /** A size as an argument of a message, written in each reader's words: "10 MB", "512 KB", "300 bytes". */
    public static String readable(long bytes) {
        return SystemText.size(bytes);
    }
}
