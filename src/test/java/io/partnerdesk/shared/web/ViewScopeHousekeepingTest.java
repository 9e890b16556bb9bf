package io.partnerdesk.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class ViewScopeHousekeepingTest {

    private final Map<String, Object> attributes = new HashMap<>();
    private final List<String> attributesSet = new java.util.ArrayList<>();

    /** A session that keeps its attributes in a map and records which were set. */
    private final HttpSession session = (HttpSession) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {HttpSession.class}, (proxy, method, args) -> {
                switch (method.getName()) {
                    case "getAttribute":
                        return attributes.get((String) args[0]);
                    case "setAttribute":
                        attributes.put((String) args[0], args[1]);
                        attributesSet.add((String) args[0]);
                        return null;
                    default:
                        throw new UnsupportedOperationException(method.getName());
                }
            });

    private static Map<String, Object> viewMaps(String... ids) {
        Map<String, Object> maps = new LinkedHashMap<>();
        for (String id : ids) {
            maps.put(id, new HashMap<>());
        }
        return Collections.synchronizedMap(maps);
    }

    private static Map<String, Object> contexts(String... ids) {
        Map<String, Object> contexts = new ConcurrentHashMap<>();
        for (String id : ids) {
            contexts.put(id, new ConcurrentHashMap<>(Map.of("customerListView", "bean of " + id)));
        }
        return contexts;
    }

    @Test
    void dropsTheBeanContextsOfViewsNoLongerAlive() {
        Map<String, Object> contexts = contexts("v1", "v2", "v3", "v4");
        attributes.put(ViewScopeHousekeeping.ACTIVE_VIEW_MAPS, viewMaps("v3", "v4"));
        attributes.put(ViewScopeHousekeeping.ACTIVE_VIEW_CONTEXTS, contexts);

        assertThat(ViewScopeHousekeeping.prune(session)).isTrue();

        assertThat(contexts).containsOnlyKeys("v3", "v4");
        assertThat(attributesSet)
                .as("set again, so that the container saves the smaller session")
                .containsExactly(ViewScopeHousekeeping.ACTIVE_VIEW_CONTEXTS);
    }

    @Test
    void leavesTheSessionAloneWhenEveryContextBelongsToALiveView() {
        Map<String, Object> contexts = contexts("v1", "v2");
        attributes.put(ViewScopeHousekeeping.ACTIVE_VIEW_MAPS, viewMaps("v1", "v2", "v3"));
        attributes.put(ViewScopeHousekeeping.ACTIVE_VIEW_CONTEXTS, contexts);

        assertThat(ViewScopeHousekeeping.prune(session)).isFalse();

        assertThat(contexts).containsOnlyKeys("v1", "v2");
        assertThat(attributesSet).isEmpty();
    }

    @Test
    void dropsEveryContextWhenNoViewMapIsLeft() {
        Map<String, Object> contexts = contexts("v1");
        attributes.put(ViewScopeHousekeeping.ACTIVE_VIEW_CONTEXTS, contexts);

        assertThat(ViewScopeHousekeeping.prune(session)).isTrue();

        assertThat(contexts).isEmpty();
    }

    @Test
    void doesNothingInASessionWithoutViewScopedBeans() {
        assertThat(ViewScopeHousekeeping.prune(session)).isFalse();
        assertThat(attributesSet).isEmpty();
    }
}
