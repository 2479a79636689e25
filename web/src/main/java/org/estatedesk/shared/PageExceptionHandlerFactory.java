package org.estatedesk.shared;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
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
 * The one place where the pages answer exceptions, as two handlers in front of the one it wraps:
 * <ul>
 * <li>{@link RefusedActions}: a business rule that refused an action, a listener or a view action
 * ({@link BusinessException}, however wrapped) is shown like {@link FacesMessages#error(BusinessException, UIForm)}
 * does — at the input it names on the posted form, else at the top — the request is marked failed (dialogs stay
 * open) and the page renders normally. Backing beans therefore call their services without catch blocks.</li>
 * <li>{@link ExpiredViews}: a form posted from a view the server no longer has (expired, restarted, or a view state
 * that does not decode) is answered with a redirect to the same page, freshly rendered — or, without a login, to
 * the login page by the security constraint — never with the error page and a 500. Ajax requests get the same
 * redirect as a partial response.</li>
 * </ul>
 * Every other exception goes to the handler they wrap. An exception while the response renders (a load in a
 * {@code @PostConstruct}) cannot be answered by a message any more: such loads report through
 * {@link FacesMessages#refusalShown}.
 */
public class PageExceptionHandlerFactory extends ExceptionHandlerFactory {
    public PageExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new RefusedActions(new ExpiredViews(getWrapped().getExceptionHandler()));
    }

    /** The business exception in the cause chain of what an action threw, or null. */
    static BusinessException refusal(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BusinessException refused) {
                return refused;
            }
        }
        return null;
    }

    /** Reports refused actions as page messages (see the class comment). */
    static final class RefusedActions extends ExceptionHandlerWrapper {
        RefusedActions(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext faces = FacesContext.getCurrentInstance();
            for (Iterator<ExceptionQueuedEvent> i = getUnhandledExceptionQueuedEvents().iterator(); i.hasNext();) {
                ExceptionQueuedEventContext event = i.next().getContext();
                BusinessException refused = refusal(event.getException());
                // while rendering, part of the page may be written already: that is no longer a message's place
                if (faces == null || refused == null || event.getPhaseId() == PhaseId.RENDER_RESPONSE
                        || faces.getViewRoot() == null || faces.getExternalContext().isResponseCommitted()) {
                    continue;
                }
                i.remove();
                FacesMessages.error(refused, postedForm(faces, event.getComponent()));
            }
            getWrapped().handle();
        }

        /**
         * The form that was posted: the one around the component that failed or around the component that submitted
         * ({@code jakarta.faces.source}, which PrimeFaces sends too), else any form whose id came with the post.
         */
        private static UIForm postedForm(FacesContext faces, UIComponent failed) {
            UIForm form = enclosingForm(failed);
            if (form != null) {
                return form;
            }
            String source = faces.getExternalContext().getRequestParameterMap().get("jakarta.faces.source");
            if (source != null && !source.isBlank()) {
                UIComponent c = faces.getViewRoot().findComponent(":" + source.trim());
                form = c == null ? null : enclosingForm(c);
                if (form != null) {
                    return form;
                }
            }
            return submittedForm(faces, faces.getViewRoot());
        }

        private static UIForm enclosingForm(UIComponent component) {
            for (UIComponent c = component; c != null; c = c.getParent()) {
                if (c instanceof UIForm form) {
                    return form;
                }
            }
            return null;
        }

        private static UIForm submittedForm(FacesContext faces, UIComponent parent) {
            for (UIComponent child : parent.getChildren()) {
                if (child instanceof UIForm form && (form.isSubmitted()
                        || faces.getExternalContext().getRequestParameterMap().containsKey(form.getClientId(faces)))) {
                    return form;
                }
                UIForm found = submittedForm(faces, child);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
    }

    /** Sends a post from an expired view back to its page (see the class comment). */
    static final class ExpiredViews extends ExceptionHandlerWrapper {
        ExpiredViews(ExceptionHandler wrapped) {
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
