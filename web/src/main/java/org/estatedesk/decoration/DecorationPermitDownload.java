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
@WebServlet({"/decoration/permit.pdf", "/decoration/agreement.pdf"})
public class DecorationPermitDownload extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @EJB
    transient DecorationService decorations;

    @Inject
    transient DecorationPermitPdf permits;

    @Inject
    transient DecorationAgreementPdf agreements;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean agreement = request.getServletPath().endsWith("agreement.pdf");
        PdfDownload.send(request, response, id -> {
            if (agreement) {
                DecorationPermit p = decorations.agreement(id);
                return new PdfDownload.File(DecorationAgreementPdf.fileName(p), agreements.render(p));
            }
            DecorationPermit p = decorations.permit(id);
            return new PdfDownload.File(DecorationPermitPdf.fileName(p), permits.render(p));
        });
    }
}
