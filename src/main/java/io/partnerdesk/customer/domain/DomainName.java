package io.partnerdesk.customer.domain;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A customer's domain name, such as {@code contoso.com}: labels of letters, digits and inner
 * hyphens, at least two of them, 253 characters at most. A customer, the API that adds one and the
 * page that adds one all check it with this constraint.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Size(max = DomainName.MAX_LENGTH)
@Pattern(regexp = DomainName.PATTERN, message = DomainName.MESSAGE)
public @interface DomainName {

    int MAX_LENGTH = 253;

    String PATTERN = "(?i)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+";

    /** "must be a domain name such as contoso.com", in the reader's language (ValidationMessages). */
    String MESSAGE = "{partnerdesk.validation.domainName}";

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
