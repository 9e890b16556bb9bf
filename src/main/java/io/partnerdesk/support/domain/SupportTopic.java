package io.partnerdesk.support.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.UUID;

/** A topic of the vendor's catalogue that a service request is about; commercial or technical. */
@Entity
@Cacheable
@Table(name = "support_topic")
@NamedQuery(
        name = SupportTopic.ALL,
        query = "SELECT t FROM SupportTopic t ORDER BY t.sortOrder",
        // Reference data that only a migration changes: read once, then answered from memory.
        hints = @QueryHint(name = "eclipselink.query-results-cache", value = "true"))
public class SupportTopic {

    /** Every topic in the catalogue's order. */
    public static final String ALL = "SupportTopic.all";

    @Id
    @Column(name = "id", length = 36)
    private UUID id;

    @Column(name = "code", nullable = false, length = 60)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 20)
    private ServiceRequestType type;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "name_tr", nullable = false, length = 200)
    private String nameTr;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected SupportTopic() {}

    public UUID getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public ServiceRequestType getType() {
        return type;
    }

    public String getName() {
        return nameEn;
    }

    /** The topic's name in the given language (Turkish or English). */
    public String name(Locale locale) {
        return locale != null && "tr".equals(locale.getLanguage()) ? nameTr : nameEn;
    }
}
