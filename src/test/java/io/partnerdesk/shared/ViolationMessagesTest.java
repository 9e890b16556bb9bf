package io.partnerdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A value a service's constraints refuse is told on a page in the page's language, the field named
 * by its label, and in the API in English, as the validator words it.
 */
class ViolationMessagesTest {

    private static final Locale TURKISH = Locale.forLanguageTag("tr");

    private static final String NOT_BLANK = "{jakarta.validation.constraints.NotBlank.message}";
    private static final String SIZE = "{jakarta.validation.constraints.Size.message}";

    /**
     * Interpolates as the Bean Validation specification says and Hibernate Validator does for these
     * texts: {@code {key}} from the application's ValidationMessages in the reader's locale, then
     * {@code {attribute}} of the constraint. (The validator is the server's: the tests have only its API.)
     */
    static final MessageInterpolator SPECIFIED = new MessageInterpolator() {

        private final Pattern parameter = Pattern.compile("\\{([^{}]+)}");

        @Override
        public String interpolate(String template, Context context) {
            return interpolate(template, context, Locale.ENGLISH);
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
            ResourceBundle texts = ResourceBundle.getBundle(
                    "ValidationMessages",
                    locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            String message = template;
            for (int pass = 0; pass < 2; pass++) {
                Matcher found = parameter.matcher(message);
                StringBuilder out = new StringBuilder();
                while (found.find()) {
                    String name = found.group(1);
                    Object value = texts.containsKey(name)
                            ? texts.getString(name)
                            : context.getConstraintDescriptor().getAttributes().get(name);
                    found.appendReplacement(
                            out, Matcher.quoteReplacement(value == null ? found.group() : value.toString()));
                }
                found.appendTail(out);
                message = out.toString();
            }
            return message;
        }
    };

    @Test
    void aViolationOnATurkishPageNamesTheFieldAndTheProblemInTurkish() {
        ConstraintViolation<?> blank = violation(NOT_BLANK, Map.of(), companyName());

        assertThat(ViolationMessages.forReader(blank, TURKISH, SystemText.patterns(TURKISH), SPECIFIED))
                .isEqualTo("Şirket: boş bırakılamaz");
        assertThat(ViolationMessages.forReader(blank, Locale.ENGLISH, SystemText.patterns(Locale.ENGLISH), SPECIFIED))
                .isEqualTo("Company: must not be blank");
    }

    @Test
    void partnerDesksOwnTextsAndTheConstraintsAttributesAreSaidInTheReadersLanguage() {
        ConstraintViolation<?> domain = violation(
                "{partnerdesk.validation.domainName}",
                Map.of("regexp", ".+"),
                path(
                        "add.request.domain",
                        node("add", ElementKind.METHOD),
                        node("request", ElementKind.PARAMETER),
                        node("domain", ElementKind.PROPERTY)));
        ConstraintViolation<?> tooLong = violation(SIZE, Map.of("min", 0, "max", 200), companyName());
        ConstraintViolation<?> opens = violation(
                "{partnerdesk.validation.opens}",
                Map.of(),
                path(
                        "save.input.weekly[1].from",
                        node("save", ElementKind.METHOD),
                        node("input", ElementKind.PARAMETER),
                        node("weekly", ElementKind.PROPERTY),
                        node("from", ElementKind.PROPERTY)));

        assertThat(List.of(domain, tooLong, opens).stream()
                        .map(v -> ViolationMessages.forReader(v, TURKISH, SystemText.patterns(TURKISH), SPECIFIED)))
                .containsExactly(
                        "Etki alanı: contoso.com gibi bir etki alanı olmalı",
                        "Şirket: boyutu 0 ile 200 arasında olmalı",
                        "Başlangıç: 09:00 gibi bir saat olmalı");
    }

    @Test
    void theApiReadsTheMessageInEnglishAsTheValidatorWordsIt() {
        ConstraintViolation<?> domain = violation("{partnerdesk.validation.domainName}", Map.of(), companyName());
        ConstraintViolation<?> tooLong = violation(SIZE, Map.of("min", 0, "max", 200), companyName());

        assertThat(ViolationMessages.message(domain, Locale.ENGLISH, SPECIFIED))
                .isEqualTo("must be a domain name such as contoso.com");
        assertThat(ViolationMessages.message(tooLong, Locale.ENGLISH, SPECIFIED))
                .isEqualTo("size must be between 0 and 200");
        assertThat(ViolationMessages.message(violation(NOT_BLANK, Map.of(), companyName()), Locale.ENGLISH, SPECIFIED))
                .isEqualTo("must not be blank");
    }

    @Test
    void theFieldIsTheLastPropertyOrParameterOfThePathWithoutItsIndex() {
        ConstraintViolation<?> holiday = violation(
                "{jakarta.validation.constraints.NotNull.message}",
                Map.of(),
                path(
                        "save.input.holidays[0].<list element>",
                        node("save", ElementKind.METHOD),
                        node("input", ElementKind.PARAMETER),
                        node("holidays", ElementKind.PROPERTY),
                        node("<list element>", ElementKind.CONTAINER_ELEMENT)));
        ConstraintViolation<?> note = violation(
                NOT_BLANK,
                Map.of(),
                path("addNote.text", node("addNote", ElementKind.METHOD), node("text", ElementKind.PARAMETER)));

        assertThat(ViolationMessages.field(holiday)).isEqualTo("holidays");
        assertThat(ViolationMessages.field(note)).isEqualTo("text");
        assertThat(ViolationMessages.field(violation(NOT_BLANK, Map.of(), companyName())))
                .isEqualTo("companyName");
        assertThat(ViolationMessages.forReader(holiday, TURKISH, SystemText.patterns(TURKISH), SPECIFIED))
                .isEqualTo("Tatil günleri: bir değer gerekli");
    }

    @Test
    void withoutAnInterpolatorOrALabelWhatTheValidatorWroteIsShown() {
        ConstraintViolation<?> unknown =
                violation(NOT_BLANK, Map.of(), path("somethingNew", node("somethingNew", ElementKind.PROPERTY)));

        assertThat(ViolationMessages.message(unknown, TURKISH, null)).isEqualTo("as the validator wrote it");
        assertThat(ViolationMessages.forReader(unknown, TURKISH, SystemText.patterns(TURKISH), SPECIFIED))
                .isEqualTo("somethingNew: boş bırakılamaz");
    }

    private static Path companyName() {
        return path("companyName", node("companyName", ElementKind.PROPERTY));
    }

    private static ConstraintViolation<?> violation(String template, Map<String, Object> attributes, Path path) {
        ConstraintDescriptor<?> descriptor =
                fake(ConstraintDescriptor.class, Map.of("getAttributes", attributes, "getMessageTemplate", template));
        Map<String, Object> answers = new HashMap<>();
        answers.put("getMessageTemplate", template);
        answers.put("getMessage", "as the validator wrote it");
        answers.put("getPropertyPath", path);
        answers.put("getConstraintDescriptor", descriptor);
        answers.put("getInvalidValue", "");
        return fake(ConstraintViolation.class, answers);
    }

    private static Path path(String shown, Path.Node... nodes) {
        return fake(Path.class, Map.of("toString", shown, "iterator", List.of(nodes)));
    }

    private static Path.Node node(String name, ElementKind kind) {
        return fake(Path.Node.class, Map.of("getName", name, "getKind", kind, "toString", name));
    }

    /** An object of an interface of the validation API that answers each named method with a given value. */
    @SuppressWarnings("unchecked")
    private static <T> T fake(Class<?> type, Map<String, Object> answers) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, arguments) -> {
            String name = method.getName();
            if (name.equals("iterator")) {
                return ((List<?>) answers.get("iterator")).iterator();
            }
            if (answers.containsKey(name)) {
                return answers.get(name);
            }
            if (name.equals("hashCode")) {
                return System.identityHashCode(proxy);
            }
            if (name.equals("equals")) {
                return proxy == arguments[0];
            }
            throw new UnsupportedOperationException(type.getSimpleName() + "." + name);
        });
    }
}
