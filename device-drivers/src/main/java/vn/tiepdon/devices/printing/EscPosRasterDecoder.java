package vn.tiepdon.devices.printing;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads an ESC/POS byte stream back into what it would print: {@code GS v 0} rasters as images,
 * {@code GS ( k} QR payloads, the cut, and plain text. Knows the command set of common Epson-style
 * receipt printers well enough to step over the rest; an unknown command or a truncated one is
 * reported in {@link EscPosDocument#problems()} rather than thrown. Stateless and thread-safe.
 */
public final class EscPosRasterDecoder {

    private static final int DLE = 0x10;
    private static final int ESC = 0x1B;
    private static final int FS = 0x1C;
    private static final int GS = 0x1D;
    private static final int LF = 0x0A;
    private static final int HT = 0x09;

    public EscPosDocument decode(byte[] stream) {
        return new Run(stream).decode();
    }

    /** The decoding of one stream; the cursor {@code at} moves past each command. */
    private static final class Run {
        private final byte[] b;
        private int at;
        private final List<BufferedImage> rasters = new ArrayList<>();
        private final List<String> qrPayloads = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private Optional<String> storedQr = Optional.empty();
        private boolean cut;

        Run(byte[] stream) {
            this.b = stream;
        }

        EscPosDocument decode() {
            boolean initialized = b.length >= 2 && b[0] == ESC && b[1] == '@';
            while (at < b.length) {
                int start = at;
                if (!step()) {
                    problems.add("truncated command at offset " + start);
                    break;
                }
            }
            return new EscPosDocument(initialized, rasters, qrPayloads, cut, text.toString(), problems);
        }

        /** Consumes one command or character; false when the stream ends inside a command. */
        private boolean step() {
            int c = u(at++);
            switch (c) {
                case ESC:
                    return esc();
                case GS:
                    return gs();
                case DLE:
                    return dle();
                case FS:
                    return fs();
                case LF:
                    text.append('\n');
                    return true;
                case HT:
                    text.append('\t');
                    return true;
                default:
                    if (c >= 0x20) {
                        text.append((char) c);
                    }
                    return true;
            }
        }

        private boolean esc() {
            if (at >= b.length) {
                return false;
            }
            int command = u(at++);
            switch (command) {
                case '@', '2', 'i', 'm', '<', 'L', 'S':
                    if (command == 'i' || command == 'm') {
                        cut = true;
                    }
                    return true;
                case '!', '-', '3', '=', 'E', 'G', 'J', 'M', 'R', 'T', 'U', 'V', 'a', 'd', 'e', 'r', 't', '{', ' ', 'c':
                    return command == 'c' ? skip(2) : skip(1);
                case '$', '\\':
                    return skip(2);
                case 'p':
                    return skip(3);
                case 'W':
                    return skip(8);
                case '*':
                    return escBitImage();
                default:
                    problems.add(String.format("unknown command ESC 0x%02X at offset %d", command, at - 2));
                    return true;
            }
        }

        private boolean gs() {
            if (at >= b.length) {
                return false;
            }
            int command = u(at++);
            switch (command) {
                case '!', 'B', 'H', 'I', 'a', 'b', 'f', 'h', 'r', 'w', '/':
                    return skip(1);
                case '$', '\\', 'L', 'P', 'W':
                    return skip(2);
                case 'V':
                    return gsCut();
                case 'v':
                    return rasterImage();
                case '(':
                    return gsParenthesis();
                case 'k':
                    return barcode();
                case '*':
                    return downloadedImage();
                default:
                    problems.add(String.format("unknown command GS 0x%02X at offset %d", command, at - 2));
                    return true;
            }
        }

        /** {@code DLE EOT n}, {@code DLE ENQ n}: status requests; {@code DLE DC4 fn m t}: real-time. */
        private boolean dle() {
            if (at >= b.length) {
                return false;
            }
            int command = u(at++);
            return switch (command) {
                case 0x04, 0x05 -> skip(1);
                case 0x14 -> skip(3);
                default -> {
                    problems.add(String.format("unknown command DLE 0x%02X at offset %d", command, at - 2));
                    yield true;
                }
            };
        }

        /** Kanji mode on/off ({@code FS &}, {@code FS .}) take no parameter; others are unknown here. */
        private boolean fs() {
            if (at >= b.length) {
                return false;
            }
            int command = u(at++);
            if (command != '&' && command != '.') {
                problems.add(String.format("unknown command FS 0x%02X at offset %d", command, at - 2));
            }
            return true;
        }

        /** {@code GS V m} or {@code GS V m n} (feed then cut). */
        private boolean gsCut() {
            if (at >= b.length) {
                return false;
            }
            int mode = u(at++);
            cut = true;
            return (mode == 0 || mode == 1 || mode == 48 || mode == 49) || skip(1);
        }

        /** {@code GS v 0 m xL xH yL yH d1..dk}: x bytes per row, y rows, MSB = leftmost dot. */
        private boolean rasterImage() {
            if (!available(6)) {
                return false;
            }
            if (u(at) != '0') {
                problems.add(String.format("unknown command GS v 0x%02X at offset %d", u(at), at - 2));
                at++;
                return true;
            }
            int rowBytes = u(at + 2) | u(at + 3) << 8;
            int rows = u(at + 4) | u(at + 5) << 8;
            at += 6;
            int size = rowBytes * rows;
            if (!available(size)) {
                return false;
            }
            rasters.add(toImage(Arrays.copyOfRange(b, at, at + size), rowBytes * 8, rows));
            at += size;
            return true;
        }

        /** {@code GS ( X pL pH data}; {@code GS ( k} with cn 49 is the QR symbol. */
        private boolean gsParenthesis() {
            if (!available(3)) {
                return false;
            }
            int function = u(at);
            int length = u(at + 1) | u(at + 2) << 8;
            at += 3;
            if (!available(length)) {
                return false;
            }
            if (function == 'k' && length >= 2 && u(at) == 0x31) {
                qrFunction(u(at + 1), Arrays.copyOfRange(b, at + 2, at + length));
            }
            at += length;
            return true;
        }

        /** fn 80 stores the data (after the {@code m = 48} byte); fn 81 prints what is stored. */
        private void qrFunction(int fn, byte[] parameters) {
            if (fn == 0x50 && parameters.length >= 1) {
                storedQr = Optional.of(new String(parameters, 1, parameters.length - 1, StandardCharsets.UTF_8));
            } else if (fn == 0x51) {
                if (storedQr.isPresent()) {
                    qrPayloads.add(storedQr.get());
                } else {
                    problems.add("QR print without stored data at offset " + at);
                }
            }
        }

        /** {@code ESC * m nL nH d1..dk}: 8-dot modes take n bytes, 24-dot modes 3n. */
        private boolean escBitImage() {
            if (!available(3)) {
                return false;
            }
            int mode = u(at);
            int columns = u(at + 1) | u(at + 2) << 8;
            at += 3;
            return skip(mode >= 32 ? 3 * columns : columns);
        }

        /** {@code GS * x y d1..dk}, k = x·y·8. */
        private boolean downloadedImage() {
            if (!available(2)) {
                return false;
            }
            int size = u(at) * u(at + 1) * 8;
            at += 2;
            return skip(size);
        }

        /** {@code GS k m d1..dk NUL} (m 0–6) or {@code GS k m n d1..dn} (m 65–79). */
        private boolean barcode() {
            if (!available(1)) {
                return false;
            }
            int system = u(at++);
            if (system <= 6) {
                while (at < b.length && b[at] != 0) {
                    at++;
                }
                return skip(1);
            }
            if (!available(1)) {
                return false;
            }
            int n = u(at++);
            return skip(n);
        }

        private boolean skip(int count) {
            if (!available(count)) {
                at = b.length;
                return false;
            }
            at += count;
            return true;
        }

        private boolean available(int count) {
            return at + count <= b.length;
        }

        private int u(int index) {
            return b[index] & 0xFF;
        }
    }

    private static BufferedImage toImage(byte[] data, int width, int height) {
        BufferedImage image = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_BYTE_BINARY);
        int rowBytes = width / 8;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean ink = (data[y * rowBytes + x / 8] & (0x80 >> (x % 8))) != 0;
                image.setRGB(x, y, ink ? 0x000000 : 0xFFFFFF);
            }
        }
        return image;
    }
}
