package io.partnerdesk.shared.api;

import io.partnerdesk.shared.BusinessException;
import jakarta.ws.rs.core.EntityTag;

/** ETags of single resources are their version numbers; {@code If-Match} must name the current one. */
public final class Versions {

    private Versions() {}

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** The version an {@code If-Match} header names, or null when there is none. */
    public static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new BusinessException(412, "STALE_VERSION", "resource");
        }
    }
}
