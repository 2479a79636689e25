package org.estatedesk.decoration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.estatedesk.shared.ChineseAmount;
import org.estatedesk.shared.DocumentFonts;
import org.estatedesk.shared.Messages;
import org.estatedesk.shared.PdfDocument;

/**
 * The printed decoration permit (装修许可证, R3.1), an A4 sheet in Chinese to post at the unit's door: number, unit,
 * owner, decoration company, period, the works and the alterations they touch, fee and deposit, who approved each
 * step, the site rules, and lines for the owner's and the company's signatures. Used by the API and the page.
 */
@ApplicationScoped
public class DecorationPermitPdf {
    private static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    DocumentFonts fonts;

    public static String fileName(DecorationPermit p) {
        return "decoration-permit-" + p.application().getPermitNumber() + ".pdf";
    }

    public byte[] render(DecorationPermit p) {
        DecorationApplication a = p.application();
        PdfDocument doc = PdfDocument.a4(fonts.font()).header(p.companyName()).title(text("permit.title"));
        doc.fields(2, PdfDocument.field(text("permit.number"), a.getPermitNumber()),
                PdfDocument.field(text("permit.issuedOn"), a.getPermitIssuedAt().atZoneSameInstant(ZONE).format(DAY)),
                PdfDocument.field(text("receipt.estate"), p.estateName()),
                PdfDocument.field(text("receipt.unit"), a.getUnitCode()),
                PdfDocument.field(text("permit.owner"), p.ownerName()),
                PdfDocument.field(text("permit.contractor"), a.getContractorName()),
                PdfDocument.field(text("permit.period"), a.getStartDate().format(DAY) + " — "
                        + a.getEndDate().format(DAY)),
                PdfDocument.field(text("permit.fees"), amount(a.getManagementFee()) + " / "
                        + amount(a.getDeposit())));
        doc.paragraph(text("permit.works") + "：" + a.getPlan());
        doc.paragraph(text("permit.alterations") + "：" + (a.getAlterations().isEmpty() ? text("permit.none")
                : a.getAlterations().stream().map(x -> text("decoration.alteration." + x))
                        .collect(Collectors.joining("、"))));
        PdfDocument.Table approvals = PdfDocument.table(text("permit.step"), text("permit.approver"),
                text("permit.approvedAt"), text("permit.comment")).widths(3, 2, 3, 4);
        for (DecorationPermit.Approval x : p.approvals()) {
            approvals.row(text("approval.step." + x.step()), x.decidedBy(),
                    x.decidedAt() == null ? "" : x.decidedAt().atZoneSameInstant(ZONE).format(DAY_TIME),
                    x.comment() == null ? "" : x.comment());
        }
        doc.table(approvals);
        doc.paragraph(text("permit.rulesTitle"));
        for (String rule : text("permit.rules").split("\\|")) {
            doc.line(rule);
        }
        return doc.signatures(PdfDocument.field(text("permit.ownerSignature"), null),
                PdfDocument.field(text("permit.contractorSignature"), null),
                PdfDocument.field(text("permit.issuer"), p.companyName())).toBytes();
    }

    private static String amount(BigDecimal value) {
        return value == null ? "" : ChineseAmount.inFigures(value);
    }

    private static String text(String key, Object... args) {
        return Messages.format(LOCALE, key, args);
    }
}
