package org.estatedesk.frontline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SearchHitDtoTest {
    @Test
    void anOwnerLinksToHisStoryAndIsLabelledByNamePhoneAndMaskedNumber() {
        SearchHitDto dto = SearchHitDto.of(new SearchService.Hit(SearchHit.Type.OWNER, null, 42, "陈先生",
                "13900001111 · 110105********002X", null, null, null), Locale.CHINESE);
        assertEquals("/frontline/owner.xhtml?id=42", dto.url());
        assertEquals("陈先生 · 13900001111 · 110105********002X", dto.label());
    }

    @Test
    void aTaskIsLabelledWithItsStateNameInTheReadersLanguage() {
        SearchService.Hit task = new SearchService.Hit(SearchHit.Type.TASK, null, 7, "T00000007", null,
                "task.state.TO_ASSIGN", 3L, 5L);
        assertEquals("/servicedesk/task.xhtml?id=7", SearchHitDto.of(task, Locale.ENGLISH).url());
        assertEquals("T00000007 · To assign", SearchHitDto.of(task, Locale.ENGLISH).label());
    }

    @Test
    void eachKindHasItsPage() {
        assertEquals("/estates/units.xhtml?estate=3", SearchHitDto.url(
                new SearchService.Hit(SearchHit.Type.UNIT, null, 5, "A-1-0101", "海湾花园", null, 3L, 5L)));
        assertEquals("/billing/cashier.xhtml?unitId=5", SearchHitDto.url(
                new SearchService.Hit(SearchHit.Type.RECEIPT, null, 9, "2026-000001", "A-1-0101", null, 3L, 5L)));
        assertEquals("/decoration/application.xhtml?id=11", SearchHitDto.formUrl(FormKind.DECORATION, 11, 3L));
        assertEquals("/decoration/violations.xhtml?estateId=3", SearchHitDto.formUrl(FormKind.VIOLATION, 12, 3L));
        assertEquals("/hotwater/sealings.xhtml", SearchHitDto.formUrl(FormKind.SEALING, 13, 3L));
        assertEquals("热水封表 RS2026-000013 · A-1-0101 · 已签协议", SearchHitDto.label(new SearchService.Hit(
                SearchHit.Type.FORM, FormKind.SEALING, 13, "RS2026-000013", "A-1-0101", "hotwater.state.AGREED", 3L,
                5L), Locale.CHINESE));
    }
}
