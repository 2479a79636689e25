package org.estatedesk.shared;

/** Zero-based page number and size, bounded so that no caller can ask for the whole table at once. */
public record PageRequest(int page, int size) {
    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (page < 0 || (long) page * Math.max(size, 1) > Integer.MAX_VALUE) {
            throw new RuleViolationException("error.page", "page");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new RuleViolationException("error.size", "size", MAX_SIZE);
        }
    }

    public int offset() {
        return page * size;
    }
}
