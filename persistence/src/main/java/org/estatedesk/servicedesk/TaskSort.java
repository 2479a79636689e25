package org.estatedesk.servicedesk;

import java.util.Arrays;

/**
 * The order of a task list: newest first (the default, by id — the order of registration), by registration time
 * or by due time, either way; the id breaks ties so that pages never overlap.
 */
public enum TaskSort {
    NEWEST(null, "order by t.id desc"),
    REGISTERED("registered", "order by t.createdAt, t.id"),
    REGISTERED_DESC("-registered", "order by t.createdAt desc, t.id desc"),
    DUE("due", "order by t.dueAt, t.id"),
    DUE_DESC("-due", "order by t.dueAt desc, t.id desc");

    private final String code;
    private final String orderBy;

    TaskSort(String code, String orderBy) {
        this.code = code;
        this.orderBy = orderBy;
    }

    /** The API's and the URL's name ({@code registered}, {@code -due} …); null for the default. */
    public String code() {
        return code;
    }

    /** The JPQL order by over the task {@code t}. */
    public String orderBy() {
        return orderBy;
    }

    /** The order a code names; the default for none; null for an unknown code. */
    public static TaskSort of(String code) {
        if (code == null || code.isBlank()) {
            return NEWEST;
        }
        return Arrays.stream(values()).filter(s -> code.strip().equals(s.code)).findFirst().orElse(null);
    }
}
