package org.estatedesk.shared;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A lazy table model that makes exactly one service call per page: {@link #load} asks the page source for the rows
 * and the total; {@link #count} answers the total of the last page read and never queries on its own. A refused
 * call shows its message and an empty table. Pages put their filters in fields of the backing bean and call
 * {@link #restart} when they change.
 *
 * @param <T> the row type
 */
public class PagedModel<T> extends LazyDataModel<T> {
    private static final long serialVersionUID = 1L;

    /** What the table asks for: the first row, the page size and the active sort (field or null, descending). */
    public record Request(int first, int size, String sortField, boolean descending) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Reads one page; implemented by the backing bean with a call to its EJB service. */
    @FunctionalInterface
    public interface Source<T> extends Serializable {
        Page<T> page(Request request);
    }

    private final Source<T> source;
    private final SerializableKey<T> key;
    private final Map<String, T> rows = new HashMap<>();
    private int total;

    /** The row key of a row, e.g. its id. */
    @FunctionalInterface
    public interface SerializableKey<T> extends Function<T, Object>, Serializable {
    }

    public PagedModel(Source<T> source, SerializableKey<T> key) {
        this.source = source;
        this.key = key;
    }

    /** Forgets the last page and puts the table with the given client id back on its first page. */
    public void restart(String tableClientId) {
        total = 0;
        rows.clear();
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(tableClientId);
        if (table instanceof DataTable dt) {
            dt.setFirst(0);
        }
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return total;
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        rows.clear();
        String field = null;
        boolean descending = false;
        for (SortMeta meta : sortBy.values()) {
            if (meta.isActive()) {
                field = meta.getField();
                descending = meta.getOrder() == SortOrder.DESCENDING;
                break;
            }
        }
        Page<T> page;
        try {
            page = source.page(new Request(first, pageSize, field, descending));
        } catch (BusinessException e) {
            FacesMessages.error(e.messageKey(), e.arguments());
            page = new Page<>(List.of(), 0);
        }
        total = (int) Math.min(Integer.MAX_VALUE, page.total());
        setRowCount(total);
        page.items().forEach(r -> rows.put(String.valueOf(key.apply(r)), r));
        return page.items();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return rows.get(rowKey);
    }
}
