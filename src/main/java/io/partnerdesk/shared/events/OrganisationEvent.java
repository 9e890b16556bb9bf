package io.partnerdesk.shared.events;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Something happened to an object of a partner organisation, which other systems of that
 * organisation may hear about (its webhooks). Fired by the feature that makes the change, inside its
 * transaction: what observes it writes in the same transaction, so a change that rolls back tells
 * nobody. {@code partnerId} is the organisation whose object it is; {@code null} means an object
 * every partner may read (a service incident). {@code resourceId} is the object's id as the API
 * shows it. {@code data} holds plain values about the object,
 * nothing of another organisation.
 */
public record OrganisationEvent(
        UUID id,
        Kind kind,
        UUID partnerId,
        String resourceType,
        String resourceId,
        Instant occurredAt,
        Map<String, String> data) {

    /** What happened; the names are those of the API. */
    public enum Kind {
        SUPPORT_CONTACT_CHANGED,
        SUPPORT_REQUEST_CREATED,
        SUPPORT_REQUEST_UPDATED,
        SERVICE_INCIDENT_UPDATED
    }

    public OrganisationEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(resourceType, "resourceType");
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Map<String, String> copy = new LinkedHashMap<>();
        data.forEach((key, value) -> {
            if (value != null) {
                copy.put(key, value);
            }
        });
        data = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * An event about {@code partnerId}'s object; {@code data} alternates keys and values (null values
     * left out).
     */
    public static OrganisationEvent of(
            Kind kind, UUID partnerId, String resourceType, Object resourceId, Object... data) {
        if (data.length % 2 != 0) {
            throw new IllegalArgumentException("data alternates keys and values");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < data.length; i += 2) {
            values.put(String.valueOf(data[i]), data[i + 1] == null ? null : String.valueOf(data[i + 1]));
        }
        return new OrganisationEvent(
                UUID.randomUUID(), kind, partnerId, resourceType, String.valueOf(resourceId), Instant.now(), values);
    }
}
