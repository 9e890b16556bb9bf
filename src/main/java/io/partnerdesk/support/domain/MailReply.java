package io.partnerdesk.support.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A mail read from the reply mailbox, by the digest of its Message-ID: what became of it. */
@Entity
@Table(name = "mail_reply")
public class MailReply {

    /** What became of a mail. */
    public enum Outcome {
        /** It became a note on the request. */
        NOTED,
        /** It was left unread: no request, or a sender who may not write on it, or nothing to add. */
        IGNORED
    }

    @Id
    @Column(name = "id", length = 64)
    private String id;

    @Column(name = "support_request_id", length = 36)
    private UUID requestId;

    @Column(name = "sender", length = 320)
    private String sender;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 20)
    private Outcome outcome;

    @Column(name = "reason", length = 200)
    private String reason;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected MailReply() {}

    public MailReply(String id, UUID requestId, String sender, Outcome outcome, String reason, Instant receivedAt) {
        this.id = id;
        this.requestId = requestId;
        this.sender = sender == null || sender.length() <= 320 ? sender : sender.substring(0, 320);
        this.outcome = outcome;
        this.reason = reason == null || reason.length() <= 200 ? reason : reason.substring(0, 200);
        this.receivedAt = receivedAt;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public UUID getRequestId() {
        return requestId;
    }
}
