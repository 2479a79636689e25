package org.estatedesk.billing;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.estatedesk.shared.PdfDownload;

/** The receipt PDF for the cashier's page: {@code /billing/receipt.pdf?id=<payment>} (the API has the same). */
@WebServlet("/billing/receipt.pdf")
public class ReceiptDownload extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @EJB
    transient CashierService cashier;

    @Inject
    transient ReceiptPdf receipts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        PdfDownload.send(request, response, id -> {
            ReceiptDocument r = cashier.receiptDocument(id);
            return new PdfDownload.File(ReceiptPdf.fileName(r), receipts.render(r));
        });
    }
}
