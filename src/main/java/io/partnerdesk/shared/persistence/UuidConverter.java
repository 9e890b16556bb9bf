package io.partnerdesk.shared.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/** Stores ids as their 36-character text, which H2 and PostgreSQL index and compare alike. */
@Converter(autoApply = true)
public class UuidConverter implements AttributeConverter<UUID, String> {

    @Override
    public String convertToDatabaseColumn(UUID id) {
        return id == null ? null : id.toString();
    }

    @Override
    public UUID convertToEntityAttribute(String text) {
        return text == null ? null : UUID.fromString(text);
    }
}
