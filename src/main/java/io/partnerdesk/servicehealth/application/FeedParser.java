package io.partnerdesk.servicehealth.application;

import io.partnerdesk.servicehealth.domain.Classification;
import io.partnerdesk.servicehealth.domain.FeedDocument;
import io.partnerdesk.servicehealth.domain.HealthStatus;
import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.SystemText;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a service-communications document in Microsoft Graph's serviceAnnouncement form: an object
 * with {@code healthOverviews} (each {@code service} and {@code status}, optionally with its
 * {@code issues} expanded) and/or {@code issues}. The whole document is checked before anything is
 * imported; the first problem refuses it, naming where it is.
 */
public final class FeedParser {

    static final int MAX_LENGTH = 5_000_000;
    private static final int MAX_ID = 100;
    private static final int MAX_TITLE = 500;
    private static final int MAX_IMPACT = 2000;
    private static final int MAX_POST = 8000;

    private FeedParser() {}

    public static FeedDocument parse(String json) {
        if (json == null || json.isBlank()) {
            throw refused("empty");
        }
        if (json.length() > MAX_LENGTH) {
            throw refused("tooLong", MAX_LENGTH);
        }
        JsonStructure root;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            root = reader.read();
        } catch (JsonException e) {
            throw e instanceof JsonParsingException parsing && parsing.getLocation() != null
                    ? refused(
                            "notJsonAt",
                            parsing.getLocation().getLineNumber(),
                            parsing.getLocation().getColumnNumber())
                    : refused("notJson");
        }
        if (!(root instanceof JsonObject document)) {
            throw refused("notAnObject");
        }
        if (!document.containsKey("healthOverviews") && !document.containsKey("issues")) {
            throw refused("nothingInIt");
        }
        List<FeedDocument.HealthReport> overviews = new ArrayList<>();
        List<FeedDocument.IssueReport> issues = new ArrayList<>();
        JsonArray overviewArray = array(document, "healthOverviews", "");
        for (int i = 0; i < overviewArray.size(); i++) {
            String at = "healthOverviews[" + i + "]";
            JsonObject overview = object(overviewArray.get(i), at);
            overviews.add(
                    new FeedDocument.HealthReport(text(overview, "service", at, MAX_TITLE), status(overview, at)));
            JsonArray nested = array(overview, "issues", at + ".");
            for (int j = 0; j < nested.size(); j++) {
                issues.add(issue(nested.get(j), at + ".issues[" + j + "]"));
            }
        }
        JsonArray issueArray = array(document, "issues", "");
        for (int i = 0; i < issueArray.size(); i++) {
            issues.add(issue(issueArray.get(i), "issues[" + i + "]"));
        }
        Set<String> ids = new HashSet<>();
        for (FeedDocument.IssueReport issue : issues) {
            if (!ids.add(issue.id())) {
                throw refused("issueTwice", issue.id());
            }
        }
        return new FeedDocument(List.copyOf(overviews), List.copyOf(issues));
    }

    private static FeedDocument.IssueReport issue(JsonValue value, String at) {
        JsonObject issue = object(value, at);
        String id = text(issue, "id", at, MAX_ID);
        String classification = text(issue, "classification", at, 40);
        Classification kind;
        try {
            kind = Classification.valueOf(classification.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw refused("classification", at, classification);
        }
        Instant start = instant(issue, "startDateTime", at, true);
        Instant end = instant(issue, "endDateTime", at, false);
        if (end != null && end.isBefore(start)) {
            throw refused("endBeforeStart", at);
        }
        JsonValue resolved = issue.get("isResolved");
        if (resolved != null
                && resolved.getValueType() != JsonValue.ValueType.TRUE
                && resolved.getValueType() != JsonValue.ValueType.FALSE
                && resolved.getValueType() != JsonValue.ValueType.NULL) {
            throw refused("notABoolean", at + ".isResolved");
        }
        List<FeedDocument.PostReport> posts = new ArrayList<>();
        JsonArray postArray = array(issue, "posts", at + ".");
        for (int i = 0; i < postArray.size(); i++) {
            String postAt = at + ".posts[" + i + "]";
            JsonObject post = object(postArray.get(i), postAt);
            Instant published = instant(post, "createdDateTime", postAt, true);
            JsonObject description = object(post.get("description"), postAt + ".description");
            String content = Html.toText(text(description, "content", postAt + ".description", Integer.MAX_VALUE));
            posts.add(new FeedDocument.PostReport(published, truncate(content, MAX_POST)));
        }
        return new FeedDocument.IssueReport(
                id,
                truncate(text(issue, "title", at, Integer.MAX_VALUE), MAX_TITLE),
                text(issue, "service", at, MAX_TITLE),
                status(issue, at),
                kind,
                optionalText(issue, "impactDescription", at, MAX_IMPACT),
                start,
                end,
                resolved != null && resolved.getValueType() == JsonValue.ValueType.TRUE,
                instant(issue, "lastModifiedDateTime", at, false),
                List.copyOf(posts));
    }

    private static HealthStatus status(JsonObject object, String at) {
        String status = text(object, "status", at, 60);
        return HealthStatus.fromGraphName(status).orElseThrow(() -> refused("status", at, status));
    }

    private static JsonArray array(JsonObject object, String key, String at) {
        JsonValue value = object.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw refused("notAnArray", at + key);
        }
        return value.asJsonArray();
    }

    private static JsonObject object(JsonValue value, String at) {
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw refused("notAnObjectAt", at);
        }
        return value.asJsonObject();
    }

    private static String text(JsonObject object, String key, String at, int max) {
        String value = optionalText(object, key, at, max);
        if (value == null || value.isBlank()) {
            throw refused("missing", at + "." + key);
        }
        return value;
    }

    private static String optionalText(JsonObject object, String key, String at, int max) {
        JsonValue value = object.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            throw refused("notAString", at + "." + key);
        }
        String text = string.getString().trim();
        if (text.length() > max) {
            throw refused("tooLongAt", at + "." + key, max);
        }
        return text;
    }

    private static Instant instant(JsonObject object, String key, String at, boolean required) {
        String value = required ? text(object, key, at, 60) : optionalText(object, key, at, 60);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw refused("notADateTime", at + "." + key, value);
        }
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** The feed refused for the reason {@code feed.problem.<reason>} of the bundle, said in the reader's language. */
    static BusinessException refused(String reason, Object... arguments) {
        return new BusinessException(400, "MALFORMED_FEED", SystemText.of("feed.problem." + reason, arguments));
    }
}
