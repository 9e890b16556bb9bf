package io.partnerdesk.support.domain;

import io.partnerdesk.shared.BusinessException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/**
 * A place in the queue, which is ordered by first-response due, then filing time, then id: the
 * position just after a request. The next page starts there (keyset paging), so a page deep in the
 * queue costs what the first one does. Handed to API clients as an opaque cursor.
 */
public record QueuePosition(Instant firstResponseDue, Instant createdAt, UUID id) implements Serializable {

    /** The position just after the request. */
    public static QueuePosition after(SupportRequest request) {
        return new QueuePosition(request.getFirstResponseDue(), request.getCreatedAt(), request.getId());
    }

    /** The cursor a client passes back as {@code after}. */
    public String cursor() {
        String text = firstResponseDue + "|" + createdAt + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The position a cursor names; a cursor this portal did not hand out is refused (400). */
    public static QueuePosition ofCursor(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 3) {
                throw new IllegalArgumentException("three parts expected");
            }
            return new QueuePosition(Instant.parse(parts[0]), Instant.parse(parts[1]), UUID.fromString(parts[2]));
        } catch (IllegalArgumentException | DateTimeParseException notACursor) {
            throw new BusinessException(400, "INVALID_CURSOR");
        }
    }
}
