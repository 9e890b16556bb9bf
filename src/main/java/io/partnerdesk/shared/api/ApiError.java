package io.partnerdesk.shared.api;

import java.util.List;

/**
 * The body of every error the API answers: a code that names the rule or failure, a sentence for a
 * person, and details (e.g. the fields that failed validation, or the objects that block an action).
 */
public record ApiError(String code, String message, List<Object> details) {

    public ApiError(String code, String message) {
        this(code, message, List.of());
    }
}
