package org.estatedesk.shared;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A form posted from a view the server no longer has (expired, restarted, or a view state that does not decode) is
 * answered with a redirect to the same page, freshly rendered — or, without a login, to the login page by the
 * security constraint — never with the error page and a 500. Ajax requests get the same redirect as a partial
 * response. Every other exception goes to the handler it wraps.
 */
public class ExpiredViewHandlerFactory extends ExceptionHandlerFactory {
    public ExpiredViewHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {
        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            boolean redirected = false;
            for (Iterator<ExceptionQueuedEvent> i = getUnhandledExceptionQueuedEvents().iterator(); i.hasNext();) {
                ExceptionQueuedEventContext event = i.next().getContext();
                // only a post is sent back to its page: a page that failed on a GET would redirect to itself forever
                if (faces == null || !"POST".equals(((HttpServletRequest) faces.getExternalContext().getRequest())
                        .getMethod()) || !expired(event.getException()) && event.getPhaseId() != PhaseId.RESTORE_VIEW) {
                    continue;
                }
                i.remove();
                if (!redirected && faces != null && !faces.getExternalContext().isResponseCommitted()) {
                    redirectToSamePage(faces);
                    redirected = true;
                }
            }
            getWrapped().handle();
        }

        private static boolean expired(Throwable thrown) {
            for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof ViewExpiredException) {
                    return true;
                }
            }
            return false;
        }

        private static void redirectToSamePage(FacesContext faces) {
            ExternalContext external = faces.getExternalContext();
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            String query = request.getQueryString();
            try {
                external.redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }
}
