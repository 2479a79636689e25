package org.estatedesk.shared;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.LongFunction;
import java.util.logging.Logger;

/**
 * Sends a PDF document to a page's user ({@code ?id=} in the query, the login of the page session): the document
 * inline, so that the browser shows it and prints it; an unknown or foreign record is a 404, a document the record
 * does not have a 409, a refused role a 403, a missing font a 503 — the same answers as the API's.
 */
public final class PdfDownload {
    private static final Logger LOG = Logger.getLogger(PdfDownload.class.getName());

    /** A made document and the name it is saved under. */
    public record File(String name, byte[] content) {
    }

    private PdfDownload() {
    }

    public static void send(HttpServletRequest request, HttpServletResponse response, LongFunction<File> make)
            throws IOException {
        String id = request.getParameter("id");
        if (id == null || !id.matches("\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        File file;
        try {
            file = make.apply(Long.parseLong(id));
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (ConflictException e) {
            response.sendError(HttpServletResponse.SC_CONFLICT,
                    Messages.format(request.getLocale(), e.messageKey(), e.arguments()));
            return;
        } catch (AccessDeniedException | EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (DocumentUnavailableException e) {
            LOG.warning(e.getMessage());
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, e.getMessage());
            return;
        }
        response.setContentType(PdfDocument.MEDIA_TYPE);
        response.setHeader("Content-Disposition", "inline; filename=\"" + file.name() + "\"");
        response.setContentLength(file.content().length);
        response.getOutputStream().write(file.content());
    }
}
