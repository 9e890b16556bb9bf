package io.partnerdesk.support.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.UUID;

/** A topic of the vendor's catalogue that a service request is about; commercial or technical. */
@Entity
@Table(name = "support_topic")
public class SupportTopic {

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
