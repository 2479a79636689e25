package org.estatedesk.servicedesk;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.estatedesk.shared.AccessDeniedException;
import org.estatedesk.shared.NotFoundException;
import org.estatedesk.shared.StoredFile;

/**
 * A work order's photo for the task page, in the login of the page session: {@code
 * /servicedesk/photo?task=<task>&id=<photo>} (the API has the same under {@code /tasks/{id}/photos/{photoId}}); an
 * unknown photo or a task outside the caller's scope is a 404.
 */
@WebServlet("/servicedesk/photo")
public class TaskPhotoDownload extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @EJB
    transient TaskPhotoService photos;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String task = request.getParameter("task");
        String id = request.getParameter("id");
        if (task == null || id == null || !task.matches("\\d{1,18}") || !id.matches("\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StoredFile f;
        try {
            f = photos.photo(Long.parseLong(task), Long.parseLong(id)).getFile();
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (AccessDeniedException | EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType(f.getContentType());
        response.setHeader("Content-Disposition", "inline");
        response.setHeader("Cache-Control", "private, max-age=3600");
        response.setContentLength(f.getContent().length);
        response.getOutputStream().write(f.getContent());
    }
}
