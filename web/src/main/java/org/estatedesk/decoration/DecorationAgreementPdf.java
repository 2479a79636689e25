package org.estatedesk.decoration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.estatedesk.shared.ChineseAmount;
import org.estatedesk.shared.DocumentFonts;
import org.estatedesk.shared.Messages;
import org.estatedesk.shared.PdfDocument;

/**
 * The decoration management agreement (装修管理协议, R3.1) that the owner and the decoration company sign with the
 * management office when they apply: the parties, the unit, the works and their period, what may not be done — the
 * patrol checklist's violation items (R3.3), so that what is agreed is what is patrolled — fee and deposit, fines and
 * stop of service on refusal (R3.4), acceptance and the deposit's refund (R3.5), signature lines. Printable from the
 * application on; fee and deposit are filled in once the permit fixed them.
 */
@ApplicationScoped
public class DecorationAgreementPdf {
    private static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    @Inject
    DocumentFonts fonts;

    public static String fileName(DecorationPermit p) {
        return "decoration-agreement-" + p.application().getId() + ".pdf";
    }

    public byte[] render(DecorationPermit p) {
        DecorationApplication a = p.application();
        PdfDocument doc = PdfDocument.a4(fonts.font()).header(p.companyName()).title(text("agreement.title"));
        doc.fields(2, PdfDocument.field(text("agreement.application"), a.getId()),
                PdfDocument.field(text("agreement.date"), a.getSubmittedAt().atZoneSameInstant(ZONE).format(DAY)),
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
        doc.paragraph(text("agreement.prohibitedTitle"));
        doc.line(Arrays.stream(PatrolItem.values()).filter(PatrolItem::violation)
                .map(i -> i.letter() + " " + text("decoration.patrolItem." + i)).collect(Collectors.joining("；")));
        doc.paragraph(text("agreement.clausesTitle"));
        for (String clause : text("agreement.clauses").split("\\|")) {
            doc.line(clause);
        }
        return doc.signatures(PdfDocument.field(text("permit.ownerSignature"), null),
                PdfDocument.field(text("permit.contractorSignature"), null),
                PdfDocument.field(text("agreement.office"), p.companyName())).toBytes();
    }

    private static String amount(BigDecimal value) {
        return value == null ? text("agreement.atPermit") : ChineseAmount.inFigures(value);
    }

    private static String text(String key, Object... args) {
        return Messages.format(LOCALE, key, args);
    }
}
