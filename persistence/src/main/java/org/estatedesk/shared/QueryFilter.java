package org.estatedesk.shared;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The optional conditions of a list query and their parameters, collected once and bound to every query that uses
 * them (the page's items and its count). A condition is added only when its value is given: not null and, for text,
 * not blank. The conditions follow a where clause: {@code from … where e.id = r.estateId and …} + {@link #conditions}.
 *
 * <pre>
 * QueryFilter filter = new QueryFilter().and(state, "r.state = :state", "state")
 *         .and(estateId, "r.estateId = :estate", "estate")
 *         .andIf(overdue, "r.state = :out and r.dueAt &lt; :now", "out", State.OUT, "now", now);
 * </pre>
 */
public final class QueryFilter {
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** The condition with its one parameter when the value is given (not null, not blank text). */
    public QueryFilter and(Object value, String condition, String parameter) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return this;
        }
        conditions.add(condition);
        parameters.put(parameter, value);
        return this;
    }

    /** The condition, and its parameters as name/value pairs, when {@code when} holds. */
    public QueryFilter andIf(boolean when, String condition, Object... namesAndValues) {
        if (!when) {
            return this;
        }
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("parameters come as name/value pairs: " + condition);
        }
        conditions.add(condition);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return this;
    }

    /** A parameter of the query's fixed part (its from or where clause), bound whatever its value, null too. */
    public QueryFilter with(String parameter, Object value) {
        parameters.put(parameter, value);
        return this;
    }

    /** The conditions given, each as {@code " and …"}; empty when none was. */
    public String conditions() {
        StringBuilder sb = new StringBuilder();
        conditions.forEach(c -> sb.append(" and ").append(c));
        return sb.toString();
    }

    /** The parameters of the conditions given and of {@link #with}, in the order they were added. */
    public Map<String, Object> parameters() {
        return Collections.unmodifiableMap(parameters);
    }

    /** Binds the parameters to the query. */
    public <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    @Override
    public String toString() {
        return conditions() + " " + parameters;
    }
}
