package org.estatedesk.decoration;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.estatedesk.shared.PdfDownload;

/** The violations page's rectification notice: {@code /decoration/violation-notice.pdf?id=<violation>}. */
@WebServlet("/decoration/violation-notice.pdf")
public class ViolationNoticeDownload extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ViolationNoticePdf notices;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PdfDownload.send(request, response, id -> {
            ViolationNoticePdf.Notice n = notices.notice(id);
            return new PdfDownload.File(ViolationNoticePdf.fileName(n), notices.render(n));
        });
    }
}
