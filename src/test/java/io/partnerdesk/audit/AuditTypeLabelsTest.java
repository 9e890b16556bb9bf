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
 * The audit log shows the kind of each object by its label, in English and in Turkish, never as the
 * name the service wrote (CustomerRelationship). The kinds are read from the sources of every class
 * that writes audit records: each string there shaped like a class name is a kind to be labelled.
 */
class AuditTypeLabelsTest {

    private static final Pattern TYPE = Pattern.compile("\"([A-Z][a-z]+(?:[A-Z][a-z]+)*)\"");

    @Test
    void everyAuditedKindOfObjectHasALabelInBothLanguages() throws IOException {
        Properties english = load("i18n/messages.properties");
        Properties turkish = load("i18n/messages_tr.properties");
        Set<String> types = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                if (!code.contains("AuditLog.Entry(") && !code.contains("new AuditRecord(")) {
                    continue;
                }
                Matcher m = TYPE.matcher(code);
                while (m.find()) {
                    types.add(m.group(1));
                }
            }
        }

        assertThat(types)
                .as("kinds of objects written by the services")
                .contains("Customer", "CustomerRelationship", "SupportRequest", "ServiceHealthFeed", "SignIn");
        assertThat(types.stream().filter(t -> !english.containsKey("audit.type." + t)))
                .as("kinds without an English label (audit.type.<kind> in messages.properties)")
                .isEmpty();
        assertThat(types.stream().filter(t -> !turkish.containsKey("audit.type." + t)))
                .as("kinds without a Turkish label (audit.type.<kind> in messages_tr.properties)")
                .isEmpty();
    }
}
