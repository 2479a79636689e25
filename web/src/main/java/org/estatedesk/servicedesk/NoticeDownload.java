package org.estatedesk.servicedesk;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.estatedesk.shared.PdfDownload;

/** The written notice as a PDF for the task page: {@code /servicedesk/notice.pdf?id=<task>} (the API has the same). */
@WebServlet("/servicedesk/notice.pdf")
public class NoticeDownload extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @EJB
    transient TaskService tasks;

    @Inject
    transient NoticePdf notices;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PdfDownload.send(request, response, id -> {
            WrittenNotice n = tasks.writtenNotice(id);
            return new PdfDownload.File(NoticePdf.fileName(n), notices.render(n));
        });
    }
}
