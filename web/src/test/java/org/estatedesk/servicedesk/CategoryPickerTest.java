package org.estatedesk.servicedesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CategoryPickerTest {
    private static IssueCategory category(long id, Long parent, String code, String zh, String en) {
        IssueCategory c = new IssueCategory(1L, parent, code, zh, en);
        try {
            Field f = IssueCategory.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(c, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return c;
    }

    private static final List<IssueCategory> LIBRARY = List.of(
            category(1, null, "facilities", "公共设施", "Public facilities"),
            category(2, 1L, "water-pipe", "公共给排水管道", "Public water and drain pipes"),
            category(3, 1L, "street-light", "路灯、楼道灯", "Street and corridor lights"),
            category(4, null, "neighbours", "邻里纠纷", "Neighbour disputes"),
            category(5, 4L, "noise", "噪音", "Noise"));

    private static List<String> paths(List<CategoryPicker.Option> options) {
        return options.stream().map(CategoryPicker.Option::path).toList();
    }

    @Test
    void typingChineseFindsTheCategoryWithItsPath() {
        CategoryPicker p = CategoryPicker.of(LIBRARY, Locale.SIMPLIFIED_CHINESE);
        assertEquals(List.of("公共设施 › 路灯、楼道灯"), paths(p.complete("楼道")));
        // a parent's name finds the parent and all its children
        assertEquals(List.of("公共设施", "公共设施 › 公共给排水管道", "公共设施 › 路灯、楼道灯"), paths(p.complete("设施")));
        // English names and codes match too, and every word typed must
        assertEquals(List.of("邻里纠纷 › 噪音"), paths(p.complete("noise")));
        assertEquals(List.of("公共设施 › 公共给排水管道"), paths(p.complete("公共 pipe")));
        assertEquals(List.of(), paths(p.complete("电梯")));
        assertEquals(5, p.complete("").size(), "nothing typed: the whole tree");
    }

    @Test
    void theEnglishPageShowsEnglishPathsAndTheChoiceIsKeptById() {
        CategoryPicker p = CategoryPicker.of(LIBRARY, Locale.ENGLISH);
        assertEquals(List.of("Neighbour disputes › Noise"), paths(p.complete("噪音")));
        CategoryPicker.Option noise = p.getConverter().getAsObject(null, null, "5");
        assertEquals("noise", noise.code());
        assertEquals("5", p.getConverter().getAsString(null, null, noise));
        assertNull(p.getConverter().getAsObject(null, null, "x"));
        p.setSelected(noise);
        assertEquals(5L, p.getSelectedId());
        p.select("street-light");
        assertEquals("street-light", p.getSelectedCode());
    }

    @Test
    void inactiveCategoriesAreNotOffered() {
        IssueCategory old = category(6, 4L, "old", "旧分类", "Old");
        old.activate(false);
        CategoryPicker p = CategoryPicker.of(List.of(LIBRARY.get(3), old), Locale.SIMPLIFIED_CHINESE);
        assertEquals(List.of("邻里纠纷"), paths(p.complete("")));
    }
}
