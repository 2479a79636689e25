package org.estatedesk.frontline;

import java.util.Locale;
import org.estatedesk.shared.Messages;

/**
 * One hit of the global search: its type, id, a label in the reader's language and the page that shows it (the
 * owner's story, the estate's units, the task, the cashier's desk at the unit, the form's page); {@code form} names
 * the kind of form of a FORM hit.
 */
public record SearchHitDto(SearchHit.Type type, long id, String label, String url, FormKind form) {
    public static SearchHitDto of(SearchService.Hit h, Locale locale) {
        return new SearchHitDto(h.type(), h.id(), label(h, locale), url(h), h.form());
    }

    static String label(SearchService.Hit h, Locale locale) {
        StringBuilder label = new StringBuilder();
        if (h.form() != null) {
            label.append(Messages.format(locale, "search.form." + h.form())).append(' ');
        }
        label.append(h.title() == null || h.title().isBlank() ? "#" + h.id() : h.title());
        if (h.detail() != null && !h.detail().isBlank()) {
            label.append(" · ").append(h.detail());
        }
        if (h.stateKey() != null) {
            label.append(" · ").append(Messages.format(locale, h.stateKey()));
        }
        return label.toString();
    }

    /** The page that shows the hit, from the context root. */
    static String url(SearchService.Hit h) {
        return switch (h.type()) {
            case OWNER -> "/frontline/owner.xhtml?id=" + h.id();
            case UNIT -> "/estates/units.xhtml?estate=" + h.estateId();
            case TASK -> "/servicedesk/task.xhtml?id=" + h.id();
            case RECEIPT -> "/billing/cashier.xhtml?unitId=" + h.unitId();
            case FORM -> formUrl(h.form(), h.id(), h.estateId());
        };
    }

    /** The page of a form: the application's own, else the list of its kind (violations: of its estate). */
    static String formUrl(FormKind kind, long id, Long estateId) {
        return switch (kind) {
            case DECORATION -> "/decoration/application.xhtml?id=" + id;
            case VIOLATION -> "/decoration/violations.xhtml?estateId=" + estateId;
            case PASS -> "/passes/passes.xhtml";
            case RELOCATION -> "/relocation/relocations.xhtml";
            case SEALING -> "/hotwater/sealings.xhtml";
        };
    }
}
