package org.estatedesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class FileTypeTest {
    private static byte[] bytes(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void documentsAndPicturesAreKnownByTheirFirstBytes() {
        assertEquals(FileType.PDF, FileType.of(bytes("%PDF-1.7\n...")));
        assertEquals(FileType.JPEG, FileType.of(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}));
        assertEquals(FileType.PNG, FileType.of(bytes("\u0089PNG\r\n\u001a\n")));
        assertEquals(FileType.GIF, FileType.of(bytes("GIF89a")));
        assertEquals(FileType.WEBP, FileType.of(bytes("RIFF\0\0\0\0WEBPVP8 ")));
        assertEquals(FileType.HEIC, FileType.of(bytes("\0\0\0\u0018ftypheic")));
        assertEquals(FileType.TIFF, FileType.of(bytes("II*\0")));
        assertEquals(FileType.OFFICE_XML, FileType.of(bytes("PK\u0003\u0004")));
        assertEquals(FileType.OFFICE_LEGACY, FileType.of(new byte[] {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0}));
        assertNull(FileType.of(bytes("<html><script>")));
        assertNull(FileType.of(bytes("MZ\u0090\0")), "a Windows program");
        assertNull(FileType.of(new byte[0]));
    }

    @Test
    void theClaimedTypeMustBeTheKindTheBytesAre() {
        byte[] pdf = bytes("%PDF-1.4 scan");
        assertEquals("application/pdf", FileType.checked("application/pdf", pdf));
        assertEquals("application/pdf", FileType.checked("Application/PDF; charset=binary", pdf));
        assertEquals("application/pdf", FileType.checked(null, pdf), "no type: the kind's own");
        assertEquals("application/pdf", FileType.checked("application/octet-stream", pdf));
        assertEquals("image/jpg", FileType.checked("image/jpg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}));
        assertEquals("error.attachment.mismatch", assertThrows(RuleViolationException.class,
                () -> FileType.checked("image/png", pdf)).messageKey());
        assertEquals("error.attachment.mismatch", assertThrows(RuleViolationException.class,
                () -> FileType.checked("text/html", pdf)).messageKey());
        assertEquals("error.attachment.type", assertThrows(RuleViolationException.class,
                () -> FileType.checked("application/pdf", bytes("<svg onload=alert(1)>"))).messageKey());
    }

    @Test
    void aStoredFileKeepsOnlyWhatItsBytesAre() {
        OffsetDateTime now = OffsetDateTime.parse("2026-12-07T10:00:00+08:00");
        assertEquals("error.attachment.type", assertThrows(RuleViolationException.class,
                () -> StoredFile.of("note.txt", "text/plain", bytes("hello"), "x", now)).messageKey());
        assertEquals("image/png", StoredFile.of("a.png", null, bytes("\u0089PNG...."), "x", now).getContentType());
    }
}
