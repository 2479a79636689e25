package org.estatedesk.workbench;

import java.io.Serializable;

/**
 * One figure of the workbench: a bundle key for its label, the value, the page that lists what it counts, and
 * whether it asks for attention (shown highlighted).
 */
public record WorkbenchCount(String key, long value, String page, boolean attention) implements Serializable {
    private static final long serialVersionUID = 1L;
}
