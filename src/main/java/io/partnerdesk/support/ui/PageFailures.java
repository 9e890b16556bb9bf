package io.partnerdesk.support.ui;

import io.partnerdesk.shared.BusinessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

/** Turns a refused use case into messages on the page, in the page's language, never a stack trace. */
final class PageFailures {

    private PageFailures() {}

    /** Shows the failure (next to {@code clientId}, or for the page when null); rethrows what is no refusal. */
    static void show(RuntimeException failure, String clientId) {
        Throwable cause = failure;
        while (cause instanceof EJBException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        FacesContext context = FacesContext.getCurrentInstance();
        if (cause instanceof BusinessException business) {
            add(
                    context,
                    clientId,
                    business.localizedMessage(context.getViewRoot().getLocale()));
        } else if (cause instanceof ConstraintViolationException violations) {
            for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
                String path = violation.getPropertyPath().toString();
                add(context, clientId, path.substring(path.lastIndexOf('.') + 1) + ": " + violation.getMessage());
            }
        } else {
            throw failure;
        }
        context.validationFailed();
    }

    private static void add(FacesContext context, String clientId, String text) {
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
}
