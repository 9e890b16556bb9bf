package io.partnerdesk.shared;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * A value that a service's constraints (Bean Validation) refused, told in a reader's language. The
 * constraint's message is interpolated again for the reader's locale from its template: PartnerDesk's
 * texts ({@code {partnerdesk.validation.*}} of {@code ValidationMessages}) and the standard
 * constraints' texts (ours, else Hibernate Validator's own translations) alike. The field is named
 * with its label in the messages bundle ({@code field.<property>}). The API says it in English, a
 * page in the page's language.
 */
public final class ViolationMessages {

    private ViolationMessages() {}

    /**
     * The name of the refused property as the service knows it: the last property or parameter of
     * the path, without list indexes ({@code save.input.weekly[1].from} is {@code from}, {@code
     * save.input.holidays[0].<list element>} is {@code holidays}).
     */
    public static String field(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if ((node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.PARAMETER)
                    && node.getName() != null) {
                name = node.getName();
            }
        }
        if (name != null) {
            return name;
        }
        String path = String.valueOf(violation.getPropertyPath());
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** The violation's message in {@code locale}. */
    public static String message(ConstraintViolation<?> violation, Locale locale) {
        return message(violation, locale, Default.INTERPOLATOR);
    }

    /**
     * The violation's message in {@code locale}, interpolated by {@code interpolator}; the message
     * as the validator wrote it when there is none or it fails.
     */
    public static String message(ConstraintViolation<?> violation, Locale locale, MessageInterpolator interpolator) {
        String template = violation.getMessageTemplate();
        if (interpolator == null || template == null || violation.getConstraintDescriptor() == null) {
            return violation.getMessage();
        }
        try {
            return interpolator.interpolate(template, new Context(violation), locale);
        } catch (RuntimeException notInterpolated) {
            return violation.getMessage();
        }
    }

    /**
     * The violation as a reader of {@code locale} reads it: "Field: message", the field's label from
     * {@code patternOf} (the messages bundle in that language; its name as it is without one).
     */
    public static String forReader(ConstraintViolation<?> violation, Locale locale, UnaryOperator<String> patternOf) {
        return forReader(violation, locale, patternOf, Default.INTERPOLATOR);
    }

    /** {@link #forReader(ConstraintViolation, Locale, UnaryOperator)} with a given interpolator. */
    public static String forReader(
            ConstraintViolation<?> violation,
            Locale locale,
            UnaryOperator<String> patternOf,
            MessageInterpolator interpolator) {
        String field = field(violation);
        String label = field.isEmpty() ? null : patternOf.apply("field." + field);
        String name = label == null ? field : label;
        String message = message(violation, locale, interpolator);
        return name.isEmpty() ? message : name + ": " + message;
    }

    /** What a message template is interpolated with: the violation's constraint and the value it refused. */
    private record Context(ConstraintViolation<?> violation) implements MessageInterpolator.Context {

        @Override
        public ConstraintDescriptor<?> getConstraintDescriptor() {
            return violation.getConstraintDescriptor();
        }

        @Override
        public Object getValidatedValue() {
            return violation.getInvalidValue();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            if (type.isInstance(this)) {
                return type.cast(this);
            }
            throw new ValidationException("The interpolation context is not a " + type.getName());
        }
    }

    /**
     * The Bean Validation provider's own interpolator (Hibernate Validator's, as the server ships it),
     * made once, when a violation is first told; none where there is no provider (unit tests).
     */
    private static final class Default {

        static final MessageInterpolator INTERPOLATOR = create();

        private static MessageInterpolator create() {
            try {
                return Validation.buildDefaultValidatorFactory().getMessageInterpolator();
            } catch (ValidationException | LinkageError noProvider) {
                return null;
            }
        }
    }
}
