package vn.tiepdon.devices.printing;

import java.io.IOException;
import java.util.OptionalInt;

/**
 * Asks a printer {@code DLE EOT 1..4} over a {@link StatusLink} and reads the four one-byte replies
 * into one {@link PrinterStatus}: no reply to the first request is {@code UNKNOWN} (no answer);
 * {@code n=1} bit 3 offline; {@code n=2} bit 2 cover open, bit 5 stopped at paper end;
 * {@code n=4} bits 5–6 paper end, bits 2–3 near end. Paper out wins over cover open over offline.
 */
final class StatusQuery {

    private static final byte DLE = 0x10;
    private static final byte EOT = 0x04;

    private StatusQuery() {
    }

    static PrinterStatus ask(StatusLink link) throws IOException {
        OptionalInt printer = request(link, EscPosStatus.PRINTER);
        if (printer.isEmpty()) {
            return PrinterStatus.UNKNOWN;
        }
        OptionalInt offline = request(link, EscPosStatus.OFFLINE_CAUSE);
        request(link, EscPosStatus.ERROR_CAUSE);
        OptionalInt paper = request(link, EscPosStatus.ROLL_PAPER_SENSOR);
        boolean paperOut = paper.isPresent() && EscPosStatus.paperOut(paper.getAsInt())
                || offline.isPresent() && EscPosStatus.stoppedAtPaperEnd(offline.getAsInt());
        if (paperOut) {
            return PrinterStatus.PAPER_OUT;
        }
        if (offline.isPresent() && EscPosStatus.coverOpen(offline.getAsInt())) {
            return PrinterStatus.COVER_OPEN;
        }
        if (EscPosStatus.offline(printer.getAsInt())) {
            return PrinterStatus.OFFLINE;
        }
        return paper.isPresent() && EscPosStatus.paperNearEnd(paper.getAsInt()) ? PrinterStatus.PAPER_NEAR_END
                : PrinterStatus.READY;
    }

    /** One {@code DLE EOT n}; a byte that is no status byte counts as no answer. */
    private static OptionalInt request(StatusLink link, int n) throws IOException {
        link.write(new byte[] {DLE, EOT, (byte) n});
        OptionalInt reply = link.readByte();
        return reply.isPresent() && EscPosStatus.isStatusByte(reply.getAsInt()) ? reply : OptionalInt.empty();
    }
}
