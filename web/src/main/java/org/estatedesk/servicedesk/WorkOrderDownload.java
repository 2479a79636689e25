package org.estatedesk.servicedesk;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.estatedesk.shared.LocaleBean;
import org.estatedesk.shared.PdfDownload;

/**
 * The work order as a PDF for the task page, in the page's language: {@code /servicedesk/work-order.pdf?id=<task>}
 * (the API has the same, {@code GET /api/v1/tasks/{id}/work-order.pdf}).
 */
@WebServlet("/servicedesk/work-order.pdf")
public class WorkOrderDownload extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @EJB
    transient TaskService tasks;

    @Inject
    transient WorkOrderPdf orders;

    @Inject
    transient LocaleBean language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PdfDownload.send(request, response, id -> {
            WorkOrderSheet s = tasks.workOrderSheet(id);
            return new PdfDownload.File(WorkOrderPdf.fileName(s), orders.render(s, language.getLocale()));
        });
    }
}
