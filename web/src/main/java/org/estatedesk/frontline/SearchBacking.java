package org.estatedesk.frontline;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.estatedesk.shared.LocaleBean;

/** The results of the search box of every page ({@code frontline/search.xhtml?q=}): each hit a link to its page. */
@Named
@RequestScoped
public class SearchBacking {
    @EJB
    SearchService search;

    @Inject
    LocaleBean localeBean;

    private String q;
    private List<SearchHitDto> hits = List.of();

    /** The view action: searches once the text is long enough; a shorter one shows the hint instead. */
    public void load() {
        if (!isTooShort()) {
            hits = search.search(q, SearchService.MAX_LIMIT).stream()
                    .map(h -> SearchHitDto.of(h, localeBean.getLocale())).toList();
        }
    }

    public boolean isTooShort() {
        return q == null || q.strip().length() < SearchService.MIN_TEXT;
    }

    public int getMinText() {
        return SearchService.MIN_TEXT;
    }

    public List<SearchHitDto> getHits() {
        return hits;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
