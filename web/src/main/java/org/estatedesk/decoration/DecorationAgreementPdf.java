package org.estatedesk.decoration;

import static org.estatedesk.shared.PdfDocument.day;
import static org.estatedesk.shared.PdfDocument.field;
import static org.estatedesk.shared.PdfDocument.text;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.estatedesk.shared.ChineseAmount;
import org.estatedesk.shared.DocumentFonts;
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
    @Inject
    DocumentFonts fonts;

    public static String fileName(DecorationPermit p) {
        return "decoration-agreement-" + p.application().getId() + ".pdf";
    }

    public byte[] render(DecorationPermit p) {
        DecorationApplication a = p.application();
        PdfDocument doc = PdfDocument.a4(fonts.font()).letterhead(p.companyName(), text("agreement.title"));
        doc.fields(2, field(text("agreement.application"), a.getId()),
                field(text("agreement.date"), day(a.getSubmittedAt())),
                field(text("receipt.estate"), p.estateName()), field(text("receipt.unit"), a.getUnitCode()),
                field(text("permit.owner"), p.ownerName()), field(text("permit.contractor"), a.getContractorName()),
                field(text("permit.period"), day(a.getStartDate()) + " — " + day(a.getEndDate())),
                field(text("permit.fees"), amount(a.getManagementFee()) + " / " + amount(a.getDeposit())));
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
        return doc.signatures(field(text("permit.ownerSignature"), null),
                field(text("permit.contractorSignature"), null), field(text("agreement.office"), p.companyName()))
                .toBytes();
    }

    /** Fee or deposit with the yuan sign; before the permit fixed them, a note that it will. */
    private static String amount(BigDecimal value) {
        return value == null ? text("agreement.atPermit") : ChineseAmount.inFigures(value);
    }
}
