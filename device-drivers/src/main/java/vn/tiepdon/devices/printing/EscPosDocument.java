package vn.tiepdon.devices.printing;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;

/**
 * What an ESC/POS byte stream would print, as read back by {@link EscPosRasterDecoder}.
 *
 * @param startsWithInitialize the stream begins with {@code ESC @}
 * @param rasters              each {@code GS v 0} raster in order, black = ink
 * @param qrPayloads           the data of each printed {@code GS ( k} QR symbol, in order
 * @param cut                  a {@code GS V} (or {@code ESC i}/{@code ESC m}) cut is present
 * @param text                 printable text bytes (ISO-8859-1) with line feeds
 * @param problems             where the stream could not be understood (empty when all of it was)
 */
public record EscPosDocument(boolean startsWithInitialize, List<BufferedImage> rasters, List<String> qrPayloads,
                             boolean cut, String text, List<String> problems) {
    public EscPosDocument {
        rasters = List.copyOf(rasters);
        qrPayloads = List.copyOf(qrPayloads);
        Objects.requireNonNull(text);
        problems = List.copyOf(problems);
    }
}
