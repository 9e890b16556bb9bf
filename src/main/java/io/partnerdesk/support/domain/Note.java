package io.partnerdesk.support.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A note on a request: who wrote it, for which organisation, when, and what. */
@Embeddable
public class Note {

    public static final int MAX_LENGTH = 4000;

    @Column(name = "author", nullable = false, length = 100)
    private String author;

    @Column(name = "author_name", nullable = false, length = 200)
    private String authorName;

    @Column(name = "author_org", nullable = false, length = 200)
    private String authorOrganisation;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "body", nullable = false, length = MAX_LENGTH)
    private String text;

    protected Note() {}

    public Note(String author, String authorName, String authorOrganisation, Instant createdAt, String text) {
        this.author = author;
        this.authorName = authorName;
        this.authorOrganisation = authorOrganisation;
        this.createdAt = createdAt;
        this.text = text;
    }

    public String getAuthor() {
        return author;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getAuthorOrganisation() {
        return authorOrganisation;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getText() {
        return text;
    }
}
