package org.estatedesk.billing;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.estatedesk.shared.PdfDownload;

/** The dunning page's notices: {@code /billing/dunning-notice.pdf?id=<case>&kind=NOTICE|STOP_NOTICE}. */
@WebServlet("/billing/dunning-notice.pdf")
public class DunningNoticeDownload extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @EJB
    transient DunningNotices dunning;

    @Inject
    transient DunningNoticePdf notices;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DunningStep.Kind kind = "STOP_NOTICE".equals(request.getParameter("kind")) ? DunningStep.Kind.STOP_NOTICE
                : DunningStep.Kind.NOTICE;
        PdfDownload.send(request, response, id -> {
            DunningNotice n = dunning.notice(id, kind);
            return new PdfDownload.File(DunningNoticePdf.fileName(n), notices.render(n));
        });
    }
}
