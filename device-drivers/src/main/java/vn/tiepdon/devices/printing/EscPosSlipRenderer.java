package vn.tiepdon.devices.printing;

import com.github.anastaciocintra.escpos.EscPos;
import com.github.anastaciocintra.escpos.EscPosConst.Justification;
import com.github.anastaciocintra.escpos.image.BitonalThreshold;
import com.github.anastaciocintra.escpos.image.CoffeeImageImpl;
import com.github.anastaciocintra.escpos.image.EscPosImage;
import com.github.anastaciocintra.escpos.image.RasterBitImageWrapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import vn.tiepdon.core.printing.TicketSlip;

/**
 * Turns a {@link TicketSlip} into the ESC/POS bytes of one printed ticket:
 * {@code ESC @}; the Vietnamese text, the big ticket number and the clinic's room as {@code GS v 0} rasters (drawn with
 * Java2D, because Java's windows-1258 encoder and many printers cannot do Vietnamese text); the
 * QR payload drawn with ZXing as a last {@code GS v 0} raster (every raster printer can print it, unlike the native
 * {@code GS ( k}); feed; full cut ({@code GS V}).
 * Works with {@code java.awt.headless=true}. Thread-safe.
 */
public final class EscPosSlipRenderer {

    /** 80 mm paper at 203 dpi. */
    public static final int WIDTH_80_MM = 576;
    /** 58 mm paper at 203 dpi. */
    public static final int WIDTH_58_MM = 384;

    private static final int FEED_LINES_BEFORE_CUT = 5;

    private final int widthDots;
    private final SlipLayout layout;

    /** Uses DejaVu Sans when installed (see {@link SlipFonts#fromSystem()}). */
    public EscPosSlipRenderer(int widthDots) {
        this(widthDots, SlipFonts.fromSystem());
    }

    /** {@code widthDots}: printable width, a multiple of 8 between 128 and 2048 (576 for 80 mm, 384 for 58 mm). */
    public EscPosSlipRenderer(int widthDots, SlipFonts fonts) {
        if (widthDots < 128 || widthDots > 2048 || widthDots % 8 != 0) {
            throw new IllegalArgumentException("width must be a multiple of 8 in 128..2048 dots, was " + widthDots);
        }
        this.widthDots = widthDots;
        this.layout = new SlipLayout(widthDots, Objects.requireNonNull(fonts));
    }

    public int widthDots() {
        return widthDots;
    }

    public byte[] render(TicketSlip slip) {
        SlipLayout.SlipImages images = layout.compose(slip);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            EscPos escpos = new EscPos(out);
            escpos.initializePrinter();
            for (BufferedImage image : images.all()) {
                raster(escpos, image);
            }
            escpos.feed(FEED_LINES_BEFORE_CUT);
            escpos.cut(EscPos.CutMode.FULL);
            escpos.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return out.toByteArray();
    }

    private static void raster(EscPos escpos, BufferedImage image) throws IOException {
        RasterBitImageWrapper wrapper = new RasterBitImageWrapper().setJustification(Justification.Center);
        escpos.write(wrapper, new EscPosImage(new CoffeeImageImpl(image), new BitonalThreshold()));
    }
}
