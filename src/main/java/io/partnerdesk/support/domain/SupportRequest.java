package io.partnerdesk.support.domain;

import io.partnerdesk.customer.domain.Customer;
import io.partnerdesk.partner.domain.ContactMethod;
import io.partnerdesk.partner.domain.Partner;
import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.SystemText;
import io.partnerdesk.subscription.domain.Subscription;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * A customer's request for help about one of its subscriptions, handled by the partner it was
 * routed to (the subscription's support contact when it was opened, or the provider a reseller
 * escalated it to). Its first-response clock is set when it is opened and stops at the handler's
 * first response: a note or a status change.
 */
@Entity
@EntityListeners(SupportRequestTotals.class)
@Table(name = "support_request")
public class SupportRequest {

    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 4000;

    @Id
    @Column(name = "id", length = 36)
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subscription_id")
    private Subscription subscription;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "handler_id")
    private Partner handler;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "escalated_from_id")
    private SupportRequest escalatedFrom;

    /**
     * The same column as {@link #escalatedFrom}, read-only: a query that finds a request and the
     * copies escalated from it names it, so that both conditions are answered from an index
     * ({@code r.escalatedFrom.id} would join the origin and lose every request that has none).
     */
    @Column(name = "escalated_from_id", length = 36, insertable = false, updatable = false)
    private UUID escalatedFromId;

    @Column(name = "title", nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "description", nullable = false, length = MAX_TEXT)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "severity", nullable = false, length = 1)
    private Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_contact", nullable = false, length = 20)
    private ContactMethod preferredContact;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private SupportRequestStatus status;

    @Column(name = "assignee", length = 100)
    private String assignee;

    @Column(name = "resolution", length = MAX_TEXT)
    private String resolution;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "first_response_due", nullable = false)
    private Instant firstResponseDue;

    @Column(name = "first_responded_at")
    private Instant firstRespondedAt;

    @Column(name = "sla_warned", nullable = false)
    private boolean slaWarned;

    @Column(name = "sla_breach_notified", nullable = false)
    private boolean slaBreachNotified;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "support_request_note", joinColumns = @JoinColumn(name = "support_request_id"))
    @OrderColumn(name = "seq")
    private List<Note> notes = new ArrayList<>();

    /** What a reply address names the request by: random, never shown in the portal. */
    @Column(name = "reply_token", length = 32)
    private String replyToken;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected SupportRequest() {}

    /** A request as the customer opens it, routed to {@code handler}, due as the SLA clock says. */
    public SupportRequest(
            Subscription subscription,
            Partner handler,
            String title,
            String description,
            Severity severity,
            ContactMethod preferredContact,
            String createdBy,
            Instant at,
            Instant firstResponseDue) {
        this.id = UUID.randomUUID();
        this.replyToken = newReplyToken();
        this.customer = subscription.getCustomer();
        this.subscription = subscription;
        this.handler = handler;
        this.title = title.trim();
        this.description = description.trim();
        this.severity = severity;
        this.preferredContact = preferredContact;
        this.status = SupportRequestStatus.NEW;
        this.createdBy = createdBy;
        this.createdAt = at;
        this.changedAt = at;
        this.firstResponseDue = firstResponseDue;
    }

    /** A copy of this request in the queue of the partner it is escalated to, linked to it. */
    public SupportRequest escalateTo(Partner provider, String by, Instant at, Instant due) {
        SupportRequest copy =
                new SupportRequest(subscription, provider, title, description, severity, preferredContact, by, at, due);
        copy.escalatedFrom = this;
        return copy;
    }

    public boolean isHandledBy(UUID partnerId) {
        return handler.getId().equals(partnerId);
    }

    /** The handler's staff answered: the first answer stops the SLA clock. */
    private void responded(Instant at) {
        if (firstRespondedAt == null) {
            firstRespondedAt = at;
        }
        changedAt = at;
    }

    /** A note; one by the handler's staff counts as a response. */
    public void addNote(Note note, boolean byHandler) {
        notes.add(note);
        if (byHandler) {
            responded(note.getCreatedAt());
        } else {
            changedAt = note.getCreatedAt();
        }
    }

    /** The handler moves the request on; a resolution needs a text that says what was done. */
    public SupportRequestStatus changeStatus(SupportRequestStatus to, String resolutionText, Instant at) {
        SupportRequestStatus from = status;
        if (from == to) {
            return from;
        }
        if (!from.canMoveTo(to)) {
            throw BusinessException.ruleBroken(
                    "INVALID_STATUS_CHANGE",
                    SystemText.word("support.status." + from.name()),
                    SystemText.word("support.status." + to.name()));
        }
        if (to == SupportRequestStatus.RESOLVED) {
            if (resolutionText == null || resolutionText.isBlank()) {
                throw BusinessException.ruleBroken("RESOLUTION_REQUIRED");
            }
            resolution = resolutionText.trim();
        }
        status = to;
        responded(at);
        return from;
    }

    public void assign(String username, Instant at) {
        this.assignee = username;
        this.changedAt = at;
    }

    /** Whether the first response is late: past due and nobody has answered. */
    public boolean isBreaching(Instant now) {
        return firstRespondedAt == null && status.isOpen() && !now.isBefore(firstResponseDue);
    }

    /** Time left until the first response is due (negative when overdue); empty once answered. */
    public java.util.Optional<Duration> timeLeft(Instant now) {
        return firstRespondedAt == null
                ? java.util.Optional.of(Duration.between(now, firstResponseDue))
                : java.util.Optional.empty();
    }

    /** The SLA watch warned the handler that the clock is running out. */
    public void markWarned() {
        slaWarned = true;
    }

    /** The SLA watch told the handler the clock ran out. */
    public void markBreachNotified() {
        slaBreachNotified = true;
    }

    public UUID getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Subscription getSubscription() {
        return subscription;
    }

    public Partner getHandler() {
        return handler;
    }

    /** The token of the request's reply address, made the first time it is needed. */
    public String replyToken() {
        if (replyToken == null) {
            replyToken = newReplyToken();
        }
        return replyToken;
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    private static final char[] TOKEN_ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();

    /** 26 characters of a 32-letter alphabet: 130 random bits, safe in an e-mail address's local part. */
    static String newReplyToken() {
        char[] token = new char[26];
        for (int i = 0; i < token.length; i++) {
            token[i] = TOKEN_ALPHABET[RANDOM.nextInt(TOKEN_ALPHABET.length)];
        }
        return new String(token);
    }

    public SupportRequest getEscalatedFrom() {
        return escalatedFrom;
    }

    /** The request this one was escalated from, without reading it; null for a customer's own request. */
    public UUID getEscalatedFromId() {
        return escalatedFromId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Severity getSeverity() {
        return severity;
    }

    public ContactMethod getPreferredContact() {
        return preferredContact;
    }

    public SupportRequestStatus getStatus() {
        return status;
    }

    public String getAssignee() {
        return assignee;
    }

    public String getResolution() {
        return resolution;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public Instant getFirstResponseDue() {
        return firstResponseDue;
    }

    public Instant getFirstRespondedAt() {
        return firstRespondedAt;
    }

    public boolean isSlaWarned() {
        return slaWarned;
    }

    public boolean isSlaBreachNotified() {
        return slaBreachNotified;
    }

    public List<Note> getNotes() {
        return Collections.unmodifiableList(notes);
    }

    public long getVersion() {
        return version;
    }
}
