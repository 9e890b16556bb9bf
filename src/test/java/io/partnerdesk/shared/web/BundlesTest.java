package io.partnerdesk.shared.web;

import static io.partnerdesk.testsupport.Bundles.load;
import static org.assertj.core.api.Assertions.assertThat;

import io.partnerdesk.testsupport.EnglishInTurkish;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each bundle says the same things in both languages: the same keys, and in each text the same
 * placeholders with the same kinds of format, none of them swallowed by a stray quote.
 */
class BundlesTest {

    /** A placeholder's index and, when it has one, its kind: {0}, {1,number}, {0,choice}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\d+)\\s*(?:,\\s*(\\w+))?");

    @ParameterizedTest
    @ValueSource(strings = {"messages", "failures", "faces"})
    void bothLanguagesHaveTheSameKeys(String bundle) throws IOException {
        Properties english = load("i18n/" + bundle + ".properties");
        Properties turkish = load("i18n/" + bundle + "_tr.properties");

        assertThat(english.stringPropertyNames()).as("keys of " + bundle).isNotEmpty();
        assertThat(difference(english, turkish))
                .as("keys of " + bundle + ".properties missing from " + bundle + "_tr.properties")
                .isEmpty();
        assertThat(difference(turkish, english))
                .as("keys of " + bundle + "_tr.properties that English does not have")
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "failures"})
    void eachTextHasTheSamePlaceholdersInBothLanguages(String bundle) throws IOException {
        Properties english = load("i18n/" + bundle + ".properties");
        Properties turkish = load("i18n/" + bundle + "_tr.properties");
        List<String> different = new ArrayList<>();
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            String translated = turkish.getProperty(key);
            if (translated != null && !placeholders(english.getProperty(key)).equals(placeholders(translated))) {
                different.add(key + ": " + placeholders(english.getProperty(key)) + " / " + placeholders(translated));
            }
        }
        assertThat(different)
                .as("texts whose placeholders differ (English / Turkish)")
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "failures"})
    void noQuoteSwallowsAPlaceholder(String bundle) throws IOException {
        List<String> swallowed = new ArrayList<>();
        for (String resource : List.of("i18n/" + bundle + ".properties", "i18n/" + bundle + "_tr.properties")) {
            Properties texts = load(resource);
            for (String key : new TreeSet<>(texts.stringPropertyNames())) {
                String text = texts.getProperty(key);
                Set<String> written = placeholders(text);
                if (written.isEmpty()) {
                    continue;
                }
                int formatted = new MessageFormat(text, Locale.ROOT).getFormatsByArgumentIndex().length;
                int highest = written.stream()
                        .mapToInt(p -> Integer.parseInt(p.replaceAll("\\D.*", "")))
                        .max()
                        .orElse(-1);
                if (formatted != highest + 1) {
                    swallowed.add(resource + " " + key + ": " + text);
                }
            }
        }
        assertThat(swallowed)
                .as("texts where a quote hides a placeholder (write '' for an apostrophe)")
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "failures"})
    void noTurkishTextHoldsEnglish(String bundle) throws IOException {
        Properties turkish = load("i18n/" + bundle + "_tr.properties");
        List<String> english = new ArrayList<>();
        for (String key : new TreeSet<>(turkish.stringPropertyNames())) {
            List<String> found = EnglishInTurkish.in(turkish.getProperty(key).replaceAll("\\{[^}]*}", " "));
            if (!found.isEmpty()) {
                english.add(key + ": " + found);
            }
        }
        assertThat(english).as("English words in Turkish texts").isEmpty();
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1) + (m.group(2) == null ? "" : "," + m.group(2)));
        }
        return found;
    }

    private static Set<String> difference(Properties from, Properties without) {
        Set<String> missing = new TreeSet<>(from.stringPropertyNames());
        missing.removeAll(without.stringPropertyNames());
        return missing;
    }
}
