package vn.tiepdon.devices.printing;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two faces a ticket is drawn with. DejaVu Sans (Debian {@code fonts-dejavu-core}) covers every
 * Vietnamese letter; the logical "SansSerif" font is the fallback when it is not installed.
 *
 * @param regular base font for body text (size is derived per line)
 * @param bold    base font for the hospital name, queue name and ticket number
 * @param source  where the faces came from, for logs
 */
public record SlipFonts(Font regular, Font bold, String source) {

    /** Where Debian installs {@code fonts-dejavu-core}. */
    public static final Path DEJAVU_DIRECTORY = Path.of("/usr/share/fonts/truetype/dejavu");

    /** Every Vietnamese vowel with every tone, both cases, plus đ/Đ. */
    static final String VIETNAMESE_SAMPLE =
            "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
                    + "AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬEÈÉẺẼẸÊỀẾỂỄỆIÌÍỈĨỊOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢUÙÚỦŨỤƯỪỨỬỮỰYỲÝỶỸỴĐ";

    private static final Logger log = LoggerFactory.getLogger(SlipFonts.class);

    public SlipFonts {
        Objects.requireNonNull(regular);
        Objects.requireNonNull(bold);
        Objects.requireNonNull(source);
    }

    /** DejaVu Sans from {@link #DEJAVU_DIRECTORY}, or the "SansSerif" fallback. */
    public static SlipFonts fromSystem() {
        return fromDirectory(DEJAVU_DIRECTORY);
    }

    /**
     * {@code DejaVuSans.ttf} and {@code DejaVuSans-Bold.ttf} from {@code directory}; the logical
     * "SansSerif" font when either is missing or unreadable (logged as a warning).
     */
    public static SlipFonts fromDirectory(Path directory) {
        Path regularFile = directory.resolve("DejaVuSans.ttf");
        Path boldFile = directory.resolve("DejaVuSans-Bold.ttf");
        if (Files.isReadable(regularFile) && Files.isReadable(boldFile)) {
            try {
                return new SlipFonts(load(regularFile), load(boldFile), "DejaVu Sans (" + directory + ")");
            } catch (IOException | FontFormatException e) {
                log.warn("Cannot load DejaVu Sans from {}: {}; using SansSerif", directory, e.toString());
            }
        } else {
            log.warn("DejaVu Sans not found in {}; using SansSerif (install fonts-dejavu-core)", directory);
        }
        SlipFonts fallback = new SlipFonts(new Font(Font.SANS_SERIF, Font.PLAIN, 1),
                new Font(Font.SANS_SERIF, Font.BOLD, 1), "logical SansSerif");
        if (!fallback.coversVietnamese()) {
            log.warn("Fallback font SansSerif cannot draw every Vietnamese letter; tickets may show boxes");
        }
        return fallback;
    }

    /** True when both faces can draw every Vietnamese letter. */
    public boolean coversVietnamese() {
        return regular.canDisplayUpTo(VIETNAMESE_SAMPLE) == -1 && bold.canDisplayUpTo(VIETNAMESE_SAMPLE) == -1;
    }

    private static Font load(Path file) throws IOException, FontFormatException {
        return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
    }
}
