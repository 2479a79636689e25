package org.estatedesk.shared;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The kinds of uploaded file EstateDesk keeps — scans and photos (PDF, JPEG, PNG, GIF, WebP, HEIC, TIFF) and office
 * documents (Word, Excel) — recognised by their first bytes, not by the name or the type the client claims. A file
 * whose bytes are none of these, or another kind than the type it was sent as, is refused.
 */
public enum FileType {
    PDF("application/pdf"),
    JPEG("image/jpeg"),
    PNG("image/png"),
    GIF("image/gif"),
    WEBP("image/webp"),
    HEIC("image/heic"),
    TIFF("image/tiff"),
    OFFICE_XML("application/vnd.openxmlformats-officedocument"),
    OFFICE_LEGACY("application/msword");

    private final String mediaType;

    FileType(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The kind the bytes are, or null. */
    public static FileType of(byte[] b) {
        if (starts(b, "%PDF-")) {
            return PDF;
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return JPEG;
        }
        if (b.length >= 4 && (b[0] & 0xff) == 0x89 && starts(b, 1, "PNG")) {
            return PNG;
        }
        if (starts(b, "GIF87a") || starts(b, "GIF89a")) {
            return GIF;
        }
        if (starts(b, "RIFF") && starts(b, 8, "WEBP")) {
            return WEBP;
        }
        if (starts(b, 4, "ftyp") && (starts(b, 8, "hei") || starts(b, 8, "mif1") || starts(b, 8, "msf1"))) {
            return HEIC;
        }
        if (starts(b, "II*\0") || starts(b, "MM\0*")) {
            return TIFF;
        }
        if (starts(b, "PK\3\4")) {
            return OFFICE_XML;
        }
        if (b.length >= 4 && (b[0] & 0xff) == 0xd0 && (b[1] & 0xff) == 0xcf && b[2] == 0x11 && (b[3] & 0xff) == 0xe0) {
            return OFFICE_LEGACY;
        }
        return null;
    }

    /**
     * The content type to keep for these bytes: the client's when it names the same kind (image/jpg for a JPEG,
     * the exact Office type for a workbook), else the kind's own; refused when the bytes are no known kind or
     * another kind than claimed.
     */
    static String checked(String claimed, byte[] content) {
        FileType kind = of(content);
        if (kind == null) {
            throw new RuleViolationException("error.attachment.type", "file");
        }
        String type = claimed == null ? "" : claimed.trim().toLowerCase(Locale.ROOT);
        int parameters = type.indexOf(';');
        if (parameters >= 0) {
            type = type.substring(0, parameters).trim();
        }
        if (type.isEmpty() || type.equals("application/octet-stream") || type.length() > 100) {
            return kind.mediaType.equals(OFFICE_XML.mediaType) ? "application/zip" : kind.mediaType;
        }
        if (!kind.accepts(type)) {
            throw new RuleViolationException("error.attachment.mismatch", "file");
        }
        return type;
    }

    private boolean accepts(String type) {
        return switch (this) {
            case JPEG -> type.equals("image/jpeg") || type.equals("image/jpg") || type.equals("image/pjpeg");
            case HEIC -> type.equals("image/heic") || type.equals("image/heif");
            case OFFICE_XML -> type.startsWith("application/vnd.openxmlformats-officedocument.")
                    || type.equals("application/zip");
            case OFFICE_LEGACY -> type.equals("application/msword") || type.equals("application/vnd.ms-excel");
            default -> type.equals(mediaType);
        };
    }

    private static boolean starts(byte[] b, String prefix) {
        return starts(b, 0, prefix);
    }

    private static boolean starts(byte[] b, int offset, String prefix) {
        byte[] p = prefix.getBytes(StandardCharsets.ISO_8859_1);
        if (b.length < offset + p.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (b[offset + i] != p[i]) {
                return false;
            }
        }
        return true;
    }
}
