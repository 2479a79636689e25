package org.estatedesk.shared;

import java.util.List;
import java.util.Map;

/**
 * An import refused as a whole: every row that failed, with its own message (key and arguments). Nothing of the
 * import is kept (the exception rolls the transaction back like every business exception).
 */
public class RowErrorsException extends BusinessException {
    private static final long serialVersionUID = 1L;
    private final List<RowError> rows;

    /** A refused row: its number in the file (1 = the first row), what identifies it, the reason. */
    public record RowError(int row, String key, String field, String messageKey, List<Object> arguments)
            implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    public RowErrorsException(List<RowError> rows) {
        super("error.import.rows", null, rows.size());
        this.rows = List.copyOf(rows);
    }

    public List<RowError> rows() {
        return rows;
    }

    @Override
    public Map<String, Object> extensions() {
        return Map.of("rows", rows.size());
    }
}
