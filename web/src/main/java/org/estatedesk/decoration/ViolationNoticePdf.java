package org.estatedesk.decoration;

import static org.estatedesk.shared.PdfDocument.day;
import static org.estatedesk.shared.PdfDocument.field;
import static org.estatedesk.shared.PdfDocument.minute;
import static org.estatedesk.shared.PdfDocument.text;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import org.estatedesk.shared.ChineseAmount;
import org.estatedesk.shared.DocumentFonts;
import org.estatedesk.shared.PdfDocument;

/**
 * The printed rectification notice (装修整改通知书, R3.4), an A4 sheet in Chinese handed to the owner and the
 * decoration company: number, unit, owner, what was found and when, what to put right by which day, the fine if
 * one was imposed, what follows a refusal (stop of service), and lines for the signatures. Used by the API and the
 * page.
 */
@ApplicationScoped
public class ViolationNoticePdf {
    /** The documents' time zone ({@link PdfDocument#ZONE}), in which the pages and the API judge a notice overdue. */
    public static final ZoneId ZONE = PdfDocument.ZONE;

    @Inject
    DocumentFonts fonts;

    @EJB
    ViolationService violations;

    /** The notice of a violation, read through the caller's scope (409 before it was issued). */
    public Notice notice(long id) {
        return new Notice(violations.notice(id));
    }

    /** A notice ready to render. */
    public record Notice(ViolationService.Notice content) {
    }

    public static String fileName(Notice n) {
        return "rectification-notice-" + n.content().violation().getNoticeNumber() + ".pdf";
    }

    public byte[] render(Notice n) {
        ViolationService.Notice c = n.content();
        DecorationViolation v = c.violation();
        PdfDocument doc = PdfDocument.a4(fonts.font()).letterhead(c.companyName(), text("violationNotice.title"));
        doc.fields(2, field(text("violationNotice.number"), v.getNoticeNumber()),
                field(text("violationNotice.issuedOn"), day(v.getNoticeIssuedAt())),
                field(text("receipt.estate"), c.estateName()), field(text("receipt.unit"), v.getUnitCode()),
                field(text("permit.owner"), c.ownerName()),
                field(text("violationNotice.foundAt"), minute(v.getFoundAt())));
        doc.paragraph(text("violationNotice.found") + "：" + v.getDescription()
                + (v.getItem() == null ? "" : "（" + v.getItem().letter() + " "
                        + text("decoration.patrolItem." + v.getItem()) + "）"));
        doc.paragraph(text("violationNotice.requirement") + "：" + v.getRequirement());
        doc.paragraph(text("violationNotice.deadline", day(v.getRectifyBy())));
        if (v.getFineAmount() != null) {
            doc.paragraph(text("violationNotice.fine", ChineseAmount.inFigures(v.getFineAmount()),
                    ChineseAmount.inWords(v.getFineAmount())));
        }
        doc.paragraph(text("violationNotice.refusal"));
        return doc.signatures(field(text("permit.ownerSignature"), null),
                field(text("permit.contractorSignature"), null), field(text("permit.issuer"), c.companyName()))
                .toBytes();
    }
}
