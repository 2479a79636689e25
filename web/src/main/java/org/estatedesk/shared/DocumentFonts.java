package org.estatedesk.shared;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The CJK font of the PDF documents, from MicroProfile Config: {@code estatedesk.documents.font} is an OpenType or
 * TrueType file or collection (default: Debian's fonts-noto-cjk, Noto Sans CJK), {@code estatedesk.documents.fontFace}
 * the face of a collection (default the Simplified Chinese one, {@code NotoSansCJKsc-Regular}). Loaded once; every
 * document embeds only the glyphs it uses (a subset), so the files show the same on any machine. Without the font,
 * documents answer 503 with what to install; nothing else depends on it.
 */
@ApplicationScoped
public class DocumentFonts {
    public static final String DEFAULT_FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
    public static final String DEFAULT_FACE = "NotoSansCJKsc-Regular";
    private static final Logger LOG = Logger.getLogger(DocumentFonts.class.getName());

    @Inject
    @ConfigProperty(name = "estatedesk.documents.font", defaultValue = DEFAULT_FONT)
    String font;

    @Inject
    @ConfigProperty(name = "estatedesk.documents.fontFace", defaultValue = DEFAULT_FACE)
    String face;

    private volatile BaseFont loaded;

    /** The configured font, loaded on first use. */
    public BaseFont font() {
        BaseFont f = loaded;
        if (f == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = load(font, face);
                    LOG.info(() -> "PDF documents use " + loaded.getPostscriptFontName() + " from " + font);
                }
                f = loaded;
            }
        }
        return f;
    }

    /**
     * Loads a face of a font file for embedding as a subset with Unicode encoding (Identity-H). In a collection
     * (.ttc) the face is chosen by its name; in a single font file the name is not checked.
     */
    public static BaseFont load(String file, String faceName) {
        Path path = Path.of(file);
        if (!Files.isReadable(path)) {
            throw new DocumentUnavailableException("The PDF font " + file + " is missing: install fonts-noto-cjk (bin/start"
                    + " does on Debian) or set estatedesk.documents.font (env ESTATEDESK_DOCUMENTS_FONT) to a CJK"
                    + " OpenType/TrueType font", null);
        }
        try {
            String name = file;
            if (file.toLowerCase(java.util.Locale.ROOT).endsWith(".ttc")) {
                String[] faces = BaseFont.enumerateTTCNames(file);
                int index = Arrays.asList(faces).indexOf(faceName);
                if (index < 0) {
                    throw new DocumentUnavailableException("The font collection " + file + " has no face " + faceName
                            + " (estatedesk.documents.fontFace); it has " + String.join(", ", faces), null);
                }
                name = file + "," + index;
            }
            BaseFont f = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            f.setSubset(true);
            return f;
        } catch (DocumentException | IOException e) {
            throw new DocumentUnavailableException("The PDF font " + file + " cannot be read: " + e.getMessage(), e);
        }
    }
}
