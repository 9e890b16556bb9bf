package io.partnerdesk.audit;

import static io.partnerdesk.testsupport.Bundles.load;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The audit log shows every action by its label, in English and in Turkish, never as the code the
 * service wrote. The codes are read from the sources of every class that writes audit records: each
 * code-shaped string there is either an error code (the failures bundle) or an action to be labelled.
 */
class AuditActionLabelsTest {

    private static final Pattern CODE = Pattern.compile("\"([A-Z]+(?:_[A-Z]+)+)\"");

    @Test
    void everyAuditedActionHasALabelInBothLanguages() throws IOException {
        Properties failures = load("i18n/failures.properties");
        Properties english = load("i18n/messages.properties");
        Properties turkish = load("i18n/messages_tr.properties");
        Set<String> actions = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                if (!code.contains("AuditLog.Entry(")) {
                    continue;
                }
                Matcher m = CODE.matcher(code);
                while (m.find()) {
                    if (failures.stringPropertyNames().stream()
                            .noneMatch(key -> key.equals(m.group(1)) || key.startsWith(m.group(1) + "."))) {
                        actions.add(m.group(1));
                    }
                }
            }
        }

        assertThat(actions).as("actions written by the services").contains("SUPPORT_REQUEST_OPENED", "CUSTOMER_ADDED");
        assertThat(actions.stream().filter(a -> !english.containsKey("audit.action." + a)))
                .as("actions without an English label (audit.action.<code> in messages.properties)")
                .isEmpty();
        assertThat(actions.stream().filter(a -> !turkish.containsKey("audit.action." + a)))
                .as("actions without a Turkish label (audit.action.<code> in messages_tr.properties)")
                .isEmpty();
    }
}
