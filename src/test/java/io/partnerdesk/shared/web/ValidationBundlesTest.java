package io.partnerdesk.shared.web;

import static io.partnerdesk.testsupport.Bundles.load;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.partnerdesk.testsupport.EnglishInTurkish;
import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The texts a person meets when a value is refused say the same things in both languages: the
 * constraints' texts (ValidationMessages, Hibernate Validator's syntax), Faces' own messages (the
 * faces bundle, MessageFormat) and the names of the fields a service refuses ({@code field.*} of
 * the messages bundle).
 */
class ValidationBundlesTest {

    /** A parameter of a constraint's text: {min}, {regexp}, ${validatedValue}. */
    private static final Pattern NAMED = Pattern.compile("\\$?\\{([^{}]+)}");

    /** A placeholder of a MessageFormat pattern: {0}, {1,number}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\d+)\\s*(?:,\\s*(\\w+))?");

    @Test
    void theConstraintsTextsHaveTheSameKeysAndParametersInBothLanguages() throws IOException {
        Properties english = load("ValidationMessages.properties");
        Properties turkish = load("ValidationMessages_tr.properties");

        assertThat(english.stringPropertyNames()).isNotEmpty();
        assertThat(turkish.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        List<String> different = new ArrayList<>();
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            Set<String> inEnglish = named(english.getProperty(key));
            Set<String> inTurkish = named(turkish.getProperty(key));
            if (!inEnglish.equals(inTurkish)) {
                different.add(key + ": " + inEnglish + " / " + inTurkish);
            }
        }
        assertThat(different)
                .as("texts whose parameters differ (English / Turkish)")
                .isEmpty();
        assertThat(load("ValidationMessages_en.properties").stringPropertyNames())
                .as("English comes from the base file; _en only keeps a Turkish server's default locale out")
                .isEmpty();
    }

    @Test
    void noTurkishConstraintTextHoldsEnglish() throws IOException {
        assertThat(englishIn(load("ValidationMessages_tr.properties"))).isEmpty();
    }

    @Test
    void theStandardConstraintsSayInEnglishWhatHibernateValidatorSaysSoTheApiIsUnchanged() throws IOException {
        Properties english = load("ValidationMessages.properties");
        Map<String, String> validators = Map.of(
                "jakarta.validation.constraints.NotBlank.message", "must not be blank",
                "jakarta.validation.constraints.NotEmpty.message", "must not be empty",
                "jakarta.validation.constraints.NotNull.message", "must not be null",
                "jakarta.validation.constraints.Size.message", "size must be between {min} and {max}",
                "jakarta.validation.constraints.Email.message", "must be a well-formed email address",
                "jakarta.validation.constraints.Pattern.message", "must match \"{regexp}\"",
                "jakarta.validation.constraints.Min.message", "must be greater than or equal to {value}",
                "jakarta.validation.constraints.Max.message", "must be less than or equal to {value}");

        validators.forEach(
                (key, text) -> assertThat(english.getProperty(key)).as(key).isEqualTo(text));
    }

    @Test
    void facesMessagesHaveTheSamePlaceholdersInBothLanguagesNoneSwallowedByAQuote() throws IOException {
        Properties english = load("i18n/faces.properties");
        Properties turkish = load("i18n/faces_tr.properties");
        List<String> different = new ArrayList<>();
        List<String> swallowed = new ArrayList<>();
        for (String key : new TreeSet<>(english.stringPropertyNames())) {
            String translated = turkish.getProperty(key, "");
            if (!placeholders(english.getProperty(key)).equals(placeholders(translated))) {
                different.add(key);
            }
            for (String text : List.of(english.getProperty(key), translated)) {
                int highest = placeholders(text).stream()
                        .mapToInt(p -> Integer.parseInt(p.replaceAll("\\D.*", "")))
                        .max()
                        .orElse(-1);
                if (new MessageFormat(text, Locale.ROOT).getFormatsByArgumentIndex().length != highest + 1) {
                    swallowed.add(key + ": " + text);
                }
            }
        }
        assertThat(different).as("texts whose placeholders differ").isEmpty();
        assertThat(swallowed).as("texts where a quote hides a placeholder").isEmpty();
        assertThat(englishIn(turkish)).isEmpty();
    }

    @Test
    void theStandardFacesMessagesAPersonMeetsHereAreSaidInTurkish() throws IOException {
        Properties english = load("i18n/faces.properties");
        Properties turkish = load("i18n/faces_tr.properties");

        for (String key : List.of(
                "jakarta.faces.component.UIInput.REQUIRED",
                "jakarta.faces.converter.DateTimeConverter.DATE",
                "jakarta.faces.converter.DateTimeConverter.DATE_detail",
                "jakarta.faces.converter.IntegerConverter.INTEGER",
                "jakarta.faces.converter.LongConverter.LONG",
                "jakarta.faces.converter.NumberConverter.NUMBER",
                "jakarta.faces.converter.EnumConverter.ENUM",
                "jakarta.faces.validator.LengthValidator.MAXIMUM",
                "jakarta.faces.validator.LengthValidator.MINIMUM",
                "jakarta.faces.validator.RegexValidator.NOT_MATCHED",
                "jakarta.faces.validator.LongRangeValidator.MAXIMUM",
                "jakarta.faces.validator.LongRangeValidator.MINIMUM",
                "jakarta.faces.validator.LongRangeValidator.NOT_IN_RANGE",
                "jakarta.faces.validator.LongRangeValidator.TYPE",
                "jakarta.faces.validator.BeanValidator.MESSAGE",
                "primefaces.calendar.INVALID")) {
            assertThat(turkish.getProperty(key)).as(key).isNotNull();
            assertThat(english.getProperty(key)).as(key).isNotNull();
        }
        assertThat(new MessageFormat(turkish.getProperty("jakarta.faces.converter.DateTimeConverter.DATE_detail"))
                        .format(new Object[] {"2026-13-45", "2026-01-01", "Tatil günleri"}))
                .isEqualTo("Tatil günleri: \"2026-13-45\" bir tarih değil; 2026-01-01 gibi bir tarih girin.");
    }

    /**
     * Every field a service or a stored object refuses a value of has a label in both languages,
     * and every text of PartnerDesk its constraints name is in ValidationMessages.
     */
    @Test
    void everyConstrainedFieldHasALabelAndEveryTextItNamesExists() throws IOException {
        Properties english = load("i18n/messages.properties");
        Properties turkish = load("i18n/messages_tr.properties");
        Properties texts = load("ValidationMessages.properties");
        Set<String> fields = new TreeSet<>();
        Set<String> templates = new TreeSet<>();
        for (JavaClass javaClass : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.partnerdesk")) {
            if (!javaClass.getPackageName().matches("io\\.partnerdesk\\.\\w+\\.(application|domain)")) {
                continue;
            }
            Class<?> type = javaClass.reflect();
            for (Field field : type.getDeclaredFields()) {
                if (constrained(field.getAnnotations(), templates)) {
                    fields.add(field.getName());
                }
            }
            for (Method method : type.getDeclaredMethods()) {
                for (Parameter parameter : method.getParameters()) {
                    if (!method.isSynthetic()
                            && !parameter.isAnnotationPresent(Valid.class)
                            && constrained(parameter.getAnnotations(), templates)) {
                        fields.add(parameter.getName());
                    }
                }
            }
        }

        assertThat(fields).as("constrained fields found").contains("companyName", "timeZone", "text");
        assertThat(fields.stream().map(f -> "field." + f).filter(k -> !english.containsKey(k)))
                .as("labels missing from messages.properties")
                .isEmpty();
        assertThat(fields.stream().map(f -> "field." + f).filter(k -> !turkish.containsKey(k)))
                .as("labels missing from messages_tr.properties")
                .isEmpty();
        assertThat(templates.stream()
                        .filter(t -> t.startsWith("{partnerdesk."))
                        .map(t -> t.substring(1, t.length() - 1))
                        .filter(k -> !texts.containsKey(k)))
                .as("texts the constraints name that ValidationMessages lacks")
                .isEmpty();
        assertThat(templates)
                .as("a constraint's own text is a key of ValidationMessages, not English")
                .allMatch(t -> t.startsWith("{") && t.endsWith("}"));
    }

    /** Whether a constraint is among {@code annotations}; its text and its parts' go to {@code templates}. */
    private static boolean constrained(Annotation[] annotations, Set<String> templates) {
        boolean found = false;
        for (Annotation annotation : annotations) {
            if (annotation.annotationType().isAnnotationPresent(Constraint.class)) {
                found = true;
                templates.add(message(annotation));
                for (Annotation part : annotation.annotationType().getAnnotations()) {
                    if (part.annotationType().isAnnotationPresent(Constraint.class)) {
                        templates.add(message(part));
                    }
                }
            }
        }
        return found;
    }

    private static String message(Annotation constraint) {
        try {
            return String.valueOf(
                    constraint.annotationType().getMethod("message").invoke(constraint));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> named(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = NAMED.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1) + (m.group(2) == null ? "" : "," + m.group(2)));
        }
        return found;
    }

    private static List<String> englishIn(Properties turkish) {
        List<String> english = new ArrayList<>();
        for (String key : new TreeSet<>(turkish.stringPropertyNames())) {
            List<String> found = EnglishInTurkish.in(turkish.getProperty(key).replaceAll("\\$?\\{[^}]*}", " "));
            if (!found.isEmpty()) {
                english.add(key + ": " + found);
            }
        }
        return english;
    }
}
