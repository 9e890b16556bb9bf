package io.partnerdesk.shared.web;

import io.partnerdesk.shared.BusinessException;
import io.partnerdesk.shared.ViolationMessages;
import io.partnerdesk.shared.api.ApiExceptionMapper;
import io.partnerdesk.shared.persistence.DatabaseOutage;
import io.partnerdesk.shared.security.CurrentUser;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.util.Iterator;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.logging.Level;

/**
 * The one way a page shows a failure. Beans do not catch what a use case refuses: they let it go,
 * and this handler turns the failures a person can act on into a message on the page they are on,
 * in their language: a refused business rule, values a service's constraints refuse, a role that
 * does not allow the action, a change someone else made meanwhile, an expired page. Opening a page
 * for something that does not exist or is not the caller's answers the 404 (or 403) page.
 * A database that cannot be reached gives the "temporarily unavailable" page (503); everything
 * else (a bug) goes to the error page, never a stack trace.
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

    /** The request attribute that carries an unexpected failure's incident id to the error page. */
    public static final String INCIDENT_ATTRIBUTE = "partnerdesk.incident";

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(BusinessExceptionHandler.class.getName());

    public BusinessExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events =
                getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            Throwable failure = rootOf(thrown);
            String text = messageFor(context, failure);
            if (DatabaseOutage.isCause(thrown)) {
                // The database cannot be reached: the "temporarily unavailable" page, 503, in the
                // reader's language; the log gets one line, not a stack trace per request.
                events.remove();
                LOG.warning(() -> "A page failed: the database cannot be reached ("
                        + context.getViewRoot().getViewId() + ", 503)");
                sendError(context, 503);
            } else if (failure instanceof ViewExpiredException expired) {
                events.remove();
                redirect(context, expired.getViewId());
            } else if (failure instanceof BusinessException business
                    && (business.status() == 404 || business.status() == 403)
                    && !context.isPostback()) {
                // Opening a page for something that is not the caller's: the friendly 404/403 page.
                events.remove();
                sendError(context, business.status());
            } else if (failure instanceof ConstraintViolationException violations) {
                events.remove();
                for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
                    String message = violationText(context, violation);
                    context.addMessage(
                            Messages.refusalTarget(context),
                            new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
                }
                context.validationFailed();
                context.renderResponse();
            } else if (text != null) {
                events.remove();
                context.addMessage(
                        Messages.refusalTarget(context), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
                context.validationFailed();
                context.renderResponse();
            } else if (!context.getExternalContext().isResponseCommitted()) {
                events.remove();
                unexpected(context, thrown);
            }
        }
        getWrapped().handle();
    }

    /**
     * A failure nobody foresaw: one log line with an incident id, the page, the user and their
     * organisation (and the stack trace, which is ours to read), and the "something went wrong"
     * page quoting the same id, so that what a person reports leads to the line. An ajax request
     * is sent to that page; any other gets it with status 500.
     */
    private static void unexpected(FacesContext context, Throwable thrown) {
        String incident = UUID.randomUUID().toString();
        String view =
                context.getViewRoot() == null ? "?" : context.getViewRoot().getViewId();
        LOG.log(Level.SEVERE, "Unexpected page failure " + incident + " (" + view + "; " + caller() + ")", thrown);
        context.getExternalContext().getRequestMap().put(INCIDENT_ATTRIBUTE, incident);
        if (context.getPartialViewContext().isAjaxRequest()) {
            try {
                context.getExternalContext()
                        .redirect(context.getExternalContext().getRequestContextPath() + "/error.xhtml?incident="
                                + incident);
                context.responseComplete();
            } catch (IOException e) {
                throw new FacesException(e);
            }
        } else {
            sendError(context, 500);
        }
    }

    private static String caller() {
        try {
            return CDI.current().select(CurrentUser.class).get().describeForLog();
        } catch (RuntimeException noContext) {
            return "caller unknown";
        }
    }

    /**
     * What a service's constraint refused, as the page's reader reads it: the field's label and the
     * constraint's message, both in the page's language ("Şirket: boş bırakılamaz").
     */
    private static String violationText(FacesContext context, ConstraintViolation<?> violation) {
        ResourceBundle labels = context.getApplication().getResourceBundle(context, "msg");
        return ViolationMessages.forReader(
                violation,
                context.getViewRoot().getLocale(),
                key -> labels.containsKey(key) ? labels.getString(key) : null);
    }

    private static String messageFor(FacesContext context, Throwable failure) {
        if (failure instanceof BusinessException business) {
            return business.localizedMessage(context.getViewRoot().getLocale(), Messages.zone());
        }
        if (ApiExceptionMapper.isAccessDenied(failure)) {
            return Messages.text("error.403.text");
        }
        if (ApiExceptionMapper.isConcurrentChange(failure)) {
            return Messages.text("failure.concurrentChange");
        }
        return null;
    }

    private static Throwable rootOf(Throwable thrown) {
        Throwable current = thrown;
        while (current.getCause() != null
                && !(current instanceof BusinessException)
                && !ApiExceptionMapper.isAccessDenied(current)
                && !(current instanceof OptimisticLockException)
                && !(current instanceof ConstraintViolationException)
                && !(current instanceof ViewExpiredException)) {
            if (current instanceof FacesException
                    || current instanceof jakarta.el.ELException
                    || current instanceof jakarta.ejb.EJBException
                    || current instanceof jakarta.transaction.RollbackException
                    || current instanceof jakarta.persistence.PersistenceException) {
                current = current.getCause();
            } else {
                break;
            }
        }
        return current;
    }

    private static void sendError(FacesContext context, int status) {
        try {
            context.getExternalContext().responseSendError(status, null);
            context.responseComplete();
        } catch (IOException e) {
            throw new FacesException(e);
        }
    }

    private static void redirect(FacesContext context, String viewId) {
        try {
            String path = viewId == null ? "/index.xhtml" : viewId;
            context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath() + path);
            context.responseComplete();
        } catch (IOException e) {
            throw new FacesException(e);
        }
    }

    /** Installs the handler (faces-config.xml names this factory). */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new BusinessExceptionHandler(getWrapped().getExceptionHandler());
        }
    }
}
