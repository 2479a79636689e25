package org.estatedesk.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One page of a list and the number of rows that match, as two statements from one from clause, one filter and one
 * scope: {@code select … from … where …[conditions] [group by …] order by …} for the page's rows and
 * {@code select count(…) from … where …[conditions]} for the total, every parameter bound to both.
 *
 * <pre>
 * return PagedQuery.of(em, Pass.class).select("select p").count("select count(p)").from(FROM).where(filter)
 *         .orderBy("order by p.id desc").scope(scope).page(page);
 * </pre>
 *
 * The from clause ends in a where clause (the filter's conditions follow with {@code and}). Rows are read first,
 * then counted.
 */
public final class PagedQuery<T> {
    private final EntityManager em;
    private final Class<T> type;
    private String select;
    private String count;
    private String from;
    private String countFrom;
    private String groupBy = "";
    private String orderBy = "";
    private QueryFilter filter = new QueryFilter();
    private final List<Consumer<Query>> binders = new ArrayList<>();
    private final Map<String, Object> itemParameters = new LinkedHashMap<>();

    private PagedQuery(EntityManager em, Class<T> type) {
        this.em = em;
        this.type = type;
    }

    /** A paged query whose rows are of this type (an entity, or {@code Object[]} for several values a row). */
    public static <T> PagedQuery<T> of(EntityManager em, Class<T> type) {
        return new PagedQuery<>(em, type);
    }

    /** The select clause of the rows: {@code "select r"}. */
    public PagedQuery<T> select(String select) {
        this.select = select;
        return this;
    }

    /** The select clause of the total: {@code "select count(r)"}. */
    public PagedQuery<T> count(String count) {
        this.count = count;
        return this;
    }

    /** The from clause of both, ending in a where clause: {@code "from Relocation r, Estate e where e.id = …"}. */
    public PagedQuery<T> from(String from) {
        this.from = from;
        return this;
    }

    /** A shorter from clause for the total, where the rows join tables that do not change the count. */
    public PagedQuery<T> countFrom(String countFrom) {
        this.countFrom = countFrom;
        return this;
    }

    /** The optional conditions and their parameters, on both statements. */
    public PagedQuery<T> where(QueryFilter filter) {
        this.filter = Objects.requireNonNull(filter);
        return this;
    }

    /** A group by of the rows ({@code "group by b.unitId"}); the count's select then counts the groups. */
    public PagedQuery<T> groupBy(String groupBy) {
        this.groupBy = groupBy;
        return this;
    }

    /** The order of the rows: {@code "order by r.id desc"}. */
    public PagedQuery<T> orderBy(String orderBy) {
        this.orderBy = orderBy;
        return this;
    }

    /** The caller's data scope, for a from clause with {@link DataScope#ESTATE_VISIBLE} or its kin. */
    public PagedQuery<T> scope(DataScope scope) {
        return bind(scope::bind);
    }

    /** Binds parameters of the from clause that no filter holds, on both statements. */
    public PagedQuery<T> bind(Consumer<Query> binder) {
        binders.add(binder);
        return this;
    }

    /** A parameter of the rows' select clause only (a sub-select there), which the count does not have. */
    public PagedQuery<T> bindRows(String parameter, Object value) {
        itemParameters.put(parameter, value);
        return this;
    }

    /** The page: its rows and the total. */
    public Page<T> page(PageRequest page) {
        return page(page, Function.identity());
    }

    /** The page with each row mapped (a row of several values to a record). */
    public <R> Page<R> page(PageRequest page, Function<? super T, ? extends R> row) {
        List<R> rows = items(page.offset(), page.size()).stream().<R>map(row).toList();
        return new Page<>(rows, count());
    }

    /** The rows from an offset. */
    public List<T> items(int offset, int size) {
        TypedQuery<T> items = bound(em.createQuery(itemsStatement(), type));
        itemParameters.forEach(items::setParameter);
        return items.setFirstResult(offset).setMaxResults(size).getResultList();
    }

    /** The number of rows (of groups, with a group by) that match. */
    public long count() {
        return bound(em.createQuery(countStatement(), Long.class)).getSingleResult();
    }

    String itemsStatement() {
        return join(Objects.requireNonNull(select, "select"), Objects.requireNonNull(from, "from")
                + filter.conditions(), groupBy, orderBy);
    }

    String countStatement() {
        return join(Objects.requireNonNull(count, "count"), Objects.requireNonNull(countFrom != null ? countFrom
                : from, "from") + filter.conditions());
    }

    private <Q extends Query> Q bound(Q query) {
        binders.forEach(b -> b.accept(query));
        return filter.bind(query);
    }

    private static String join(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            String p = part.strip();
            if (!p.isEmpty()) {
                sb.append(sb.isEmpty() ? "" : " ").append(p);
            }
        }
        return sb.toString();
    }
}
