package org.estatedesk.decoration;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.estatedesk.shared.ChineseAmount;
import org.estatedesk.shared.DocumentFonts;
import org.estatedesk.shared.Messages;
import org.estatedesk.shared.PdfDocument;

/**
 * The printed rectification notice (装修整改通知书, R3.4), an A4 sheet in Chinese handed to the owner and the
 * decoration company: number, unit, owner, what was found and when, what to put right by which day, the fine if
 * one was imposed, what follows a refusal (stop of service), and lines for the signatures. Used by the API and the
 * page.
 */
@ApplicationScoped
public class ViolationNoticePdf {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

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
        PdfDocument doc = PdfDocument.a4(fonts.font()).header(c.companyName()).title(text("violationNotice.title"));
        doc.fields(2, PdfDocument.field(text("violationNotice.number"), v.getNoticeNumber()),
                PdfDocument.field(text("violationNotice.issuedOn"),
                        v.getNoticeIssuedAt().atZoneSameInstant(ZONE).format(DAY)),
                PdfDocument.field(text("receipt.estate"), c.estateName()),
                PdfDocument.field(text("receipt.unit"), v.getUnitCode()),
                PdfDocument.field(text("permit.owner"), c.ownerName()),
                PdfDocument.field(text("violationNotice.foundAt"),
                        v.getFoundAt().atZoneSameInstant(ZONE).format(DAY_TIME)));
        doc.paragraph(text("violationNotice.found") + "：" + v.getDescription()
                + (v.getItem() == null ? "" : "（" + v.getItem().letter() + " "
                        + text("decoration.patrolItem." + v.getItem()) + "）"));
        doc.paragraph(text("violationNotice.requirement") + "：" + v.getRequirement());
        doc.paragraph(text("violationNotice.deadline", v.getRectifyBy().format(DAY)));
        if (v.getFineAmount() != null) {
            doc.paragraph(text("violationNotice.fine", ChineseAmount.inFigures(v.getFineAmount()),
                    ChineseAmount.inWords(v.getFineAmount())));
        }
        doc.paragraph(text("violationNotice.refusal"));
        return doc.signatures(PdfDocument.field(text("permit.ownerSignature"), null),
                PdfDocument.field(text("permit.contractorSignature"), null),
                PdfDocument.field(text("permit.issuer"), c.companyName())).toBytes();
    }

    private static String text(String key, Object... args) {
        return Messages.format(LOCALE, key, args);
    }
}
