package org.estatedesk.decoration;

import static org.estatedesk.shared.PdfDocument.day;
import static org.estatedesk.shared.PdfDocument.field;
import static org.estatedesk.shared.PdfDocument.minute;
import static org.estatedesk.shared.PdfDocument.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.stream.Collectors;
import org.estatedesk.shared.ChineseAmount;
import org.estatedesk.shared.DocumentFonts;
import org.estatedesk.shared.PdfDocument;

/**
 * The printed decoration permit (装修许可证, R3.1), an A4 sheet in Chinese to post at the unit's door: number, unit,
 * owner, decoration company, period, the works and the alterations they touch, fee and deposit, who approved each
 * step, the site rules, and lines for the owner's and the company's signatures. Used by the API and the page.
 */
@ApplicationScoped
public class DecorationPermitPdf {
    @Inject
    DocumentFonts fonts;

    public static String fileName(DecorationPermit p) {
        return "decoration-permit-" + p.application().getPermitNumber() + ".pdf";
    }

    public byte[] render(DecorationPermit p) {
        DecorationApplication a = p.application();
        PdfDocument doc = PdfDocument.a4(fonts.font()).letterhead(p.companyName(), text("permit.title"));
        doc.fields(2, field(text("permit.number"), a.getPermitNumber()),
                field(text("permit.issuedOn"), day(a.getPermitIssuedAt())),
                field(text("receipt.estate"), p.estateName()), field(text("receipt.unit"), a.getUnitCode()),
                field(text("permit.owner"), p.ownerName()), field(text("permit.contractor"), a.getContractorName()),
                field(text("permit.period"), day(a.getStartDate()) + " — " + day(a.getEndDate())),
                field(text("permit.fees"), amount(a.getManagementFee()) + " / " + amount(a.getDeposit())));
        doc.paragraph(text("permit.works") + "：" + a.getPlan());
        doc.paragraph(text("permit.alterations") + "：" + (a.getAlterations().isEmpty() ? text("permit.none")
                : a.getAlterations().stream().map(x -> text("decoration.alteration." + x))
                        .collect(Collectors.joining("、"))));
        PdfDocument.Table approvals = PdfDocument.table(text("permit.step"), text("permit.approver"),
                text("permit.approvedAt"), text("permit.comment")).widths(3, 2, 3, 4);
        for (DecorationPermit.Approval x : p.approvals()) {
            approvals.row(text("approval.step." + x.step()), x.decidedBy(), minute(x.decidedAt()),
                    x.comment() == null ? "" : x.comment());
        }
        doc.table(approvals);
        doc.paragraph(text("permit.rulesTitle"));
        for (String rule : text("permit.rules").split("\\|")) {
            doc.line(rule);
        }
        return doc.signatures(field(text("permit.ownerSignature"), null),
                field(text("permit.contractorSignature"), null), field(text("permit.issuer"), p.companyName()))
                .toBytes();
    }

    /** Fee or deposit with the yuan sign; empty before the permit fixed them. */
    private static String amount(BigDecimal value) {
        return value == null ? "" : ChineseAmount.inFigures(value);
    }
}
