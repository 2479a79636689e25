package org.estatedesk.servicedesk;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The category picker (issue 20, R1.11): the active categories of a company's library as a searchable tree for
 * type-ahead ({@code WEB-INF/templates/category-picker.xhtml}, a PrimeFaces autoComplete): each with its path
 * (大类 › 小类) in the page's language; what is typed matches the Chinese or English name of the category or of its
 * parents, or its code. The picker keeps the choice; a page (the reception's split, the task's re-categorise
 * dialog) reads it by {@link #getSelectedId} or {@link #getSelectedCode}.
 */
public final class CategoryPicker implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The most options the list shows at once. */
    static final int LIMIT = 50;
    private static final String SEPARATOR = " › ";

    /** One category: its id and code, its name and path in the page's language, and what a search matches. */
    public record Option(long id, String code, String name, String path, int depth, String search)
            implements Serializable {
    }

    private final List<Option> options;
    private Option selected;

    private CategoryPicker(List<Option> options) {
        this.options = options;
    }

    /** The picker over a company's library (inactive categories left out), in tree order. */
    public static CategoryPicker of(List<IssueCategory> library, Locale locale) {
        Map<Long, IssueCategory> byId = new HashMap<>();
        library.forEach(c -> byId.put(c.getId(), c));
        List<Option> options = new ArrayList<>();
        for (IssueCategory c : IssueCategory.inTreeOrder(library)) {
            if (!c.isActive()) {
                continue;
            }
            List<IssueCategory> line = new ArrayList<>();
            for (IssueCategory p = c; p != null && line.size() < 10; p = byId.get(p.getParentId())) {
                line.add(0, p);
            }
            StringBuilder path = new StringBuilder();
            StringBuilder search = new StringBuilder(c.getCode());
            for (IssueCategory p : line) {
                path.append(path.length() == 0 ? "" : SEPARATOR).append(p.name(locale));
                search.append('\n').append(p.getNameZh()).append('\n').append(p.getNameEn());
            }
            options.add(new Option(c.getId(), c.getCode(), c.name(locale), path.toString(), line.size() - 1,
                    search.toString().toLowerCase(Locale.ROOT)));
        }
        return new CategoryPicker(List.copyOf(options));
    }

    /**
     * The categories whose name, a parent's name (Chinese or English) or code contain every word typed, in tree
     * order, at most {@link #LIMIT}; all of them (the tree) for nothing typed.
     */
    public List<Option> complete(String query) {
        String[] words = query == null ? new String[0] : query.trim().toLowerCase(Locale.ROOT).split("\\s+");
        List<Option> found = new ArrayList<>();
        for (Option o : options) {
            boolean all = true;
            for (String w : words) {
                all &= w.isEmpty() || o.search().contains(w);
            }
            if (all) {
                found.add(o);
                if (found.size() == LIMIT) {
                    break;
                }
            }
        }
        return found;
    }

    public Option find(Long id) {
        return id == null ? null : options.stream().filter(o -> o.id() == id).findFirst().orElse(null);
    }

    /** The autoComplete's converter: an option by its id. */
    public Converter<Option> getConverter() {
        return new OptionConverter(this);
    }

    public List<Option> getOptions() {
        return options;
    }

    public Option getSelected() {
        return selected;
    }

    public void setSelected(Option selected) {
        this.selected = selected;
    }

    /** Picks the category with this code, or none. */
    public void select(String code) {
        selected = code == null ? null : options.stream().filter(o -> o.code().equals(code)).findFirst()
                .orElse(null);
    }

    public Long getSelectedId() {
        return selected == null ? null : selected.id();
    }

    public String getSelectedCode() {
        return selected == null ? null : selected.code();
    }

    private record OptionConverter(CategoryPicker picker) implements Converter<Option>, Serializable {
        @Override
        public Option getAsObject(FacesContext context, UIComponent component, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return picker.find(Long.valueOf(value.trim()));
            } catch (NumberFormatException e) {
                return null;
            }
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, Option value) {
            return value == null ? "" : Long.toString(value.id());
        }
    }
}
