package io.partnerdesk.servicehealth.application;

import io.partnerdesk.subscription.domain.OnlineService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Maps the feed's service names to catalogue services: each service's {@code feed_name} and its own
 * name, plus the aliases of {@code partnerdesk.servicehealth.service-aliases}
 * ({@code Feed name=Catalogue name;...}) for names the vendor changes. Case does not matter.
 */
@ApplicationScoped
public class FeedServiceNames {

    @Inject
    @ConfigProperty(name = "partnerdesk.servicehealth.service-aliases")
    Optional<String> aliases;

    public Map<String, OnlineService> mapping(List<OnlineService> catalogue) {
        Map<String, OnlineService> byName = new HashMap<>();
        for (OnlineService service : catalogue) {
            byName.putIfAbsent(key(service.getName()), service);
        }
        for (OnlineService service : catalogue) {
            byName.put(key(service.getFeedName()), service);
        }
        for (String alias : aliases.orElse("").split(";")) {
            String[] pair = alias.split("=", 2);
            if (pair.length == 2 && byName.containsKey(key(pair[1]))) {
                byName.put(key(pair[0]), byName.get(key(pair[1])));
            }
        }
        return byName;
    }

    static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }
}
