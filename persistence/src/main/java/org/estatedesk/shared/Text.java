package org.estatedesk.shared;

/** Rules for the text people and clients send: the same in the API and on the pages. */
public final class Text {
    private Text() {
    }

    /**
     * No control characters but tab, line feed and carriage return (those belong in a description), no C1 controls
     * or DEL, and no lone surrogate (not text at all). Null is clean.
     */
    public static boolean isClean(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
