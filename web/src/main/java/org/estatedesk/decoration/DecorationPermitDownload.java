package org.estatedesk.decoration;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.estatedesk.shared.PdfDownload;

/** The application page's permit: {@code /decoration/permit.pdf?id=<application>}. */
@WebServlet("/decoration/permit.pdf")
public class DecorationPermitDownload extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @EJB
    transient DecorationService decorations;

    @Inject
    transient DecorationPermitPdf permits;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PdfDownload.send(request, response, id -> {
            DecorationPermit p = decorations.permit(id);
            return new PdfDownload.File(DecorationPermitPdf.fileName(p), permits.render(p));
        });
    }
}
