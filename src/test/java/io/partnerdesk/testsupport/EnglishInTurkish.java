package io.partnerdesk.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Finds English in a text meant to be Turkish: any word of PartnerDesk's English vocabulary (every
 * word of the English bundles), any code-shaped value (ACTIVE, ATTENTION_NEEDED) and any ISO moment
 * (2026-12-01T10:00:00Z). Names of products, organisations and people, technical abbreviations and
 * the few words spelt the same in both languages are allowed ({@link #ALLOWED}); web and e-mail
 * addresses and technical tokens (`code`, field paths, camelCase names) are not read.
 */
public final class EnglishInTurkish {

    /**
     * Words that may stand in Turkish text: names (PartnerDesk, Microsoft, the demo organisations,
     * products and people), abbreviations read the same in Turkish (SLA, API, CSV, URL, HTTP), and
     * Turkish words that are also English words of the bundles ("not" is a note, "on" is ten, "ad" a
     * name).
     */
    public static final Set<String> ALLOWED = Set.of(
            // Turkish words spelt like English ones.
            "not",
            "notlar",
            "on",
            "ad",
            "son",
            "var",
            "bin",
            "can",
            "kim",
            "sen",
            "tam",
            "yer",
            "dil",
            "ara",
            "ile",
            "her",
            "hem",
            "den",
            "pazar",
            "kart",
            "kod",
            "link",
            "sabit",
            "plan",
            "panel",
            "profil",
            "rol",
            "roller",
            "mod",
            "sil",
            "tip",
            "tarih",
            "kalan",
            "grup",
            "normal",
            "format",
            "filtre",
            "filtreler",
            "sistem",
            "test",
            "metin",
            "net",
            "ton",
            "genel",
            "sal",
            "bu",
            "arama",
            "web",
            // Short day names: Per(şembe), Cum(a), Cmt (Cumartesi).
            "per",
            "cum",
            "cmt",
            "an",
            "program",
            "mb",
            "kb",
            "gb",
            "us",
            "tr",
            // Product, company and standard names, abbreviations.
            "partnerdesk",
            "partner",
            "center",
            "microsoft",
            "azure",
            "office",
            "exchange",
            "online",
            "sharepoint",
            "teams",
            "dynamics",
            "intune",
            "entra",
            "windows",
            "business",
            "standard",
            "basic",
            "premium",
            "enterprise",
            "apps",
            "defender",
            "copilot",
            "github",
            "sla",
            "api",
            "csv",
            "url",
            "http",
            "https",
            "json",
            "html",
            "id",
            "mpn",
            "ldap",
            "smtp",
            "imap",
            "utc",
            "gmt",
            "webhook",
            "webhooklar",
            "webhooku",
            "webhookun",
            "webhooklara",
            "hmac",
            "sha",
            "e-posta",
            "csp",
            "wcag",
            "iso",
            "graph",
            "serviceannouncement",
            "premier",
            "signature",
            // The language switch names each language in that language.
            "english",
            // Demo organisations and people.
            "contoso",
            "fabrikam",
            "tailspin",
            "toys",
            "northwind",
            "traders",
            "wingtip",
            "adventure",
            "works",
            "litware",
            "woodgrove",
            "alice",
            "fiona",
            "hana",
            "tom",
            "bob",
            "carol",
            "dave",
            "erin",
            "gina");

    /**
     * Technical tokens: `code`, field paths (issues[0].status, .status), camelCase names, identifiers
     * with a slash (Europe/Istanbul) and ids (UUIDs, hexadecimal digests).
     */
    private static final Pattern TECHNICAL = Pattern.compile("`[^`]*`|[\\w\\[\\]]*\\.[\\w.\\[\\]]+"
            + "|\\b\\w*[a-z][A-Z]\\w*\\b|\\S+/\\S+|\\b[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}\\b"
            + "|\\b(?=[0-9a-fA-F]*\\d)[0-9a-fA-F]{6,}\\b");

    private static final Pattern ADDRESS =
            Pattern.compile("(?:https?://|www\\.)\\S+|\\S+@\\S+|\\S+\\.(?:com|org|net|example)\\b");
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{L}[\\p{L}'’-]*");
    private static final Pattern CODE = Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z]{2,})+\\b");
    private static final Pattern ISO_MOMENT = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");

    private static final Set<String> VOCABULARY = vocabulary();

    private EnglishInTurkish() {}

    /** The English words, codes and ISO moments in {@code text}, each once, in the order met. */
    public static List<String> in(String text) {
        Set<String> found = new TreeSet<>();
        String read = TECHNICAL.matcher(ADDRESS.matcher(text).replaceAll(" ")).replaceAll(" ");
        Matcher words = WORD.matcher(read);
        while (words.find()) {
            String word = words.group();
            // A Turkish suffix after an apostrophe belongs to the name before it: "Contoso’nun".
            String stem = word.split("['’]")[0].toLowerCase(Locale.ENGLISH);
            if (stem.length() > 1 && VOCABULARY.contains(stem) && !ALLOWED.contains(stem)) {
                found.add(word);
            }
        }
        Matcher codes = CODE.matcher(text);
        while (codes.find()) {
            found.add(codes.group());
        }
        Matcher moments = ISO_MOMENT.matcher(text);
        while (moments.find()) {
            found.add(moments.group());
        }
        return new ArrayList<>(found);
    }

    /**
     * The English on the page open in {@code driver}, which is meant to be Turkish: in its text
     * (shown or hidden, such as a dialog not open yet), and its titles, labels, placeholders and
     * alternative texts. Not read: text marked {@code translate="no"} (what people typed, names) or in
     * another language ({@code lang="en"}: the vendor's own words, a language's own name), the items
     * of lists to choose from (they list data: customers, products, zones; their fixed items come from
     * the bundle, which {@code BundlesTest} checks) and the window's title (the bundle's words and a
     * name).
     */
    public static List<String> onPage(WebDriver driver) {
        Object text = ((JavascriptExecutor) driver).executeScript(PAGE_TEXT);
        return in(String.valueOf(text));
    }

    private static final String PAGE_TEXT = String.join(
            "\n",
            "const foreign = e => e.closest('[translate=\"no\"], [lang]:not([lang=\"tr\"]), select, datalist,"
                    + " .ui-selectonemenu-items-wrapper, .ui-selectonemenu-label, .ui-selectcheckboxmenu-items-wrapper,"
                    + " .ui-autocomplete-panel, .ui-autocomplete-items');",
            "const out = [];",
            "const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);",
            "while (walker.nextNode()) {",
            "  const parent = walker.currentNode.parentElement;",
            "  if (parent && !foreign(parent) && !parent.closest('script, style, noscript')) {",
            "    out.push(walker.currentNode.textContent);",
            "  }",
            "}",
            "document.querySelectorAll('[title], [aria-label], [placeholder], [alt]').forEach(e => {",
            "  if (!foreign(e)) {",
            "    ['title', 'aria-label', 'placeholder', 'alt'].forEach(a => e.getAttribute(a) && out.push(e.getAttribute(a)));",
            "  }",
            "});",
            "return out.join('\\n');");

    /** Every word of the English bundles, lower case; placeholders and markup left out. */
    private static Set<String> vocabulary() {
        Set<String> words = new TreeSet<>();
        for (String resource : List.of("i18n/messages.properties", "i18n/failures.properties")) {
            Properties english = new Properties();
            try (InputStream in = EnglishInTurkish.class.getClassLoader().getResourceAsStream(resource)) {
                english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (String key : english.stringPropertyNames()) {
                String text =
                        english.getProperty(key).replaceAll("\\{[^}]*}", " ").replaceAll("<[^>]*>", " ");
                Matcher m = Pattern.compile("[A-Za-z]{2,}").matcher(text);
                while (m.find()) {
                    words.add(m.group().toLowerCase(Locale.ENGLISH));
                }
            }
        }
        return words;
    }
}
