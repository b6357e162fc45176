package vn.tiepdon.server.proof;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.tiepdon.server.proof.ProofDocument.AttemptTable;
import vn.tiepdon.server.proof.ProofDocument.Field;
import vn.tiepdon.server.proof.ProofDocument.Section;

/**
 * Lays a {@link ProofDocument} out on one A4 page with Apache PDFBox. The text is set in DejaVu Sans
 * (regular and bold), bundled with the server and embedded as a subset, so every Vietnamese letter
 * shows and can be copied or searched whatever fonts the machine that opens it has. Everything fits
 * one page: a long value is cut after a few lines with "…", and when the table of requests is longer
 * than the room left the first and the last requests are shown with a line saying how many were left
 * out.
 */
public final class ProofPdf {
    private static final String FONTS = "/vn/tiepdon/server/proof/fonts/";
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 46;
    private static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    private static final float LABEL_WIDTH = 185;
    private static final float BODY = 9.5f;
    private static final float SMALL = 8.2f;
    private static final float ROW = 11.5f;
    private static final int MAX_VALUE_LINES = 4;
    private static final float[] TEXT = {0.1f, 0.1f, 0.1f};
    private static final float[] MUTED = {0.38f, 0.38f, 0.38f};
    private static final float[] RULE = {0.55f, 0.55f, 0.55f};
    private static final float[] HEADER_FILL = {0.9f, 0.9f, 0.9f};
    private static final float[] NOTICE_FILL = {1f, 0.93f, 0.75f};

    private final byte[] regular;
    private final byte[] bold;

    /** Reads the bundled fonts once. */
    public ProofPdf() {
        this.regular = resource("DejaVuSans.ttf");
        this.bold = resource("DejaVuSans-Bold.ttf");
    }

    /** The page as PDF bytes. */
    public byte[] write(ProofDocument d) {
        try (PDDocument doc = new PDDocument()) {
            Fonts fonts = new Fonts(PDType0Font.load(doc, new ByteArrayInputStream(regular)),
                    PDType0Font.load(doc, new ByteArrayInputStream(bold)));
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(d.title());
            info.setSubject(d.subtitle());
            info.setCreator("tiepdon");
            PDPage page = new PDPage(PAGE);
            doc.addPage(page);

            Pen measure = new Pen(fonts, null);
            float top = measure.y;
            measure.head(d);
            measure.sections(d.before());
            measure.tableHeading(d.attempts());
            measure.sections(d.after());
            measure.signature(d.signature());
            float footer = measure.footerHeight(d.footer());
            float room = (top - measure.y) + footer;
            float left = PAGE.getHeight() - 2 * MARGIN - room;
            int fit = Math.max(3, (int) Math.floor(left / ROW));

            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                Pen pen = new Pen(fonts, cs);
                pen.head(d);
                pen.sections(d.before());
                pen.tableHeading(d.attempts());
                pen.rows(d.attempts(), fit);
                pen.sections(d.after());
                pen.signature(d.signature());
                pen.footer(d.footer());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the proof PDF", e);
        }
    }

    /** The rows shown when {@code fit} lines are free: all, or the first and last with the omission line. */
    static List<Integer> shownRows(int rows, int fit) {
        List<Integer> shown = new ArrayList<>();
        if (rows <= fit) {
            for (int i = 0; i < rows; i++) {
                shown.add(i);
            }
            return shown;
        }
        int kept = Math.max(2, fit - 1);
        int head = (kept + 1) / 2;
        int tail = kept - head;
        for (int i = 0; i < head; i++) {
            shown.add(i);
        }
        shown.add(-1); // the omission line
        for (int i = rows - tail; i < rows; i++) {
            shown.add(i);
        }
        return shown;
    }

    private static byte[] resource(String name) {
        try (InputStream in = ProofPdf.class.getResourceAsStream(FONTS + name)) {
            if (in == null) {
                throw new IllegalStateException("font " + FONTS + name + " missing from the server's resources");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read font " + name, e);
        }
    }

    /** The two faces, with what each can show (a letter neither has prints as "?"). */
    private static final class Fonts {
        final PDFont regular;
        final PDFont bold;
        private final Map<PDFont, Map<Integer, Boolean>> known = new HashMap<>();

        Fonts(PDFont regular, PDFont bold) {
            this.regular = regular;
            this.bold = bold;
        }

        String printable(PDFont font, String text) {
            Map<Integer, Boolean> has = known.computeIfAbsent(font, f -> new HashMap<>());
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                    out.append(' ');
                } else if (has.computeIfAbsent(cp, c -> canShow(font, c))) {
                    out.appendCodePoint(cp);
                } else {
                    out.append('?');
                }
            });
            return out.toString();
        }

        private static boolean canShow(PDFont font, int cp) {
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        }

        float width(PDFont font, float size, String text) {
            try {
                return font.getStringWidth(text) / 1000 * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Writes (or, without a content stream, only measures) from the top of the page down. */
    private static final class Pen {
        private final Fonts fonts;
        private final PDPageContentStream cs;
        float y = PAGE.getHeight() - MARGIN;

        Pen(Fonts fonts, PDPageContentStream cs) {
            this.fonts = fonts;
            this.cs = cs;
        }

        void head(ProofDocument d) throws IOException {
            centered(d.title(), fonts.bold, 14.5f, TEXT);
            y -= 3;
            centered(d.subtitle(), fonts.regular, BODY, MUTED);
            y -= 6;
            if (d.notice().isPresent()) {
                List<String> lines = wrap(d.notice().get(), fonts.bold, BODY, WIDTH - 12, 3);
                float h = lines.size() * (BODY * 1.35f) + 8;
                fill(MARGIN, y - h, WIDTH, h, NOTICE_FILL);
                y -= 4;
                for (String line : lines) {
                    line(line, fonts.bold, BODY, MARGIN + 6, TEXT);
                }
                y -= 8;
            }
        }

        void sections(List<Section> sections) throws IOException {
            for (Section s : sections) {
                heading(s.heading());
                for (Field f : s.fields()) {
                    field(f);
                }
                y -= 4;
            }
        }

        void tableHeading(AttemptTable t) throws IOException {
            heading(t.heading());
            y -= 1;
            float h = ROW;
            fill(MARGIN, y - h + 2.5f, WIDTH, h, HEADER_FILL);
            cells(t.headers(), t.widths(), fonts.bold, TEXT);
        }

        void rows(AttemptTable t, int fit) throws IOException {
            if (t.rows().isEmpty()) {
                line(t.empty(), fonts.regular, SMALL, MARGIN + 4, MUTED);
            }
            List<Integer> shown = shownRows(t.rows().size(), fit);
            int left = t.rows().size() - (int) shown.stream().filter(i -> i >= 0).count();
            for (int i : shown) {
                if (i < 0) {
                    line(String.format(t.omitted(), left), fonts.regular, SMALL, MARGIN + 4, MUTED);
                } else {
                    cells(t.rows().get(i), t.widths(), fonts.regular, TEXT);
                }
            }
            rule(y + ROW - 9);
            y -= 6;
        }

        void signature(ProofDocument.Signature s) throws IOException {
            y -= 4;
            float half = WIDTH / 2;
            lineCentered(s.date(), fonts.regular, BODY, MARGIN + half, half, MUTED);
            float row = y;
            lineCentered(s.left(), fonts.bold, BODY, MARGIN, half, TEXT);
            y = row;
            lineCentered(s.right(), fonts.bold, BODY, MARGIN + half, half, TEXT);
            row = y;
            lineCentered(s.hint(), fonts.regular, SMALL, MARGIN, half, MUTED);
            y = row;
            lineCentered(s.hint(), fonts.regular, SMALL, MARGIN + half, half, MUTED);
            y -= 48;
        }

        float footerHeight(List<String> footer) {
            return footer.size() * SMALL * 1.35f + 4;
        }

        void footer(List<String> footer) throws IOException {
            y = MARGIN + footerHeight(footer) - 2;
            rule(y + 2);
            y -= 2;
            for (String text : footer) {
                line(text, fonts.regular, 7.5f, MARGIN, MUTED);
            }
        }

        private void heading(String text) throws IOException {
            y -= 3;
            for (String line : wrap(text, fonts.bold, 10.5f, WIDTH, 2)) {
                line(line, fonts.bold, 10.5f, MARGIN, TEXT);
            }
            rule(y + 10.5f * 1.35f - 12.5f);
            y -= 2;
        }

        private void field(Field f) throws IOException {
            float valueX = MARGIN + LABEL_WIDTH;
            List<String> label = wrap(f.label(), fonts.regular, BODY, LABEL_WIDTH - 6, 2);
            List<String> value = wrap(f.value(), fonts.bold, BODY, WIDTH - LABEL_WIDTH, MAX_VALUE_LINES);
            float start = y;
            for (String l : label) {
                line(l, fonts.regular, BODY, MARGIN + 4, MUTED);
            }
            float afterLabel = y;
            y = start;
            for (String v : value) {
                line(v, fonts.bold, BODY, valueX, TEXT);
            }
            y = Math.min(y, afterLabel);
        }

        private void cells(List<String> cells, List<Float> widths, PDFont font, float[] color) throws IOException {
            float x = MARGIN + 4;
            float baseline = y - SMALL;
            for (int i = 0; i < cells.size(); i++) {
                float w = widths.get(i) * WIDTH - 6;
                String shown = fit(fonts.printable(font, cells.get(i)), font, SMALL, w);
                show(shown, font, SMALL, x, baseline, color);
                x += widths.get(i) * WIDTH;
            }
            y -= ROW;
        }

        private void centered(String text, PDFont font, float size, float[] color) throws IOException {
            for (String line : wrap(text, font, size, WIDTH, 2)) {
                lineCentered(line, font, size, MARGIN, WIDTH, color);
            }
        }

        private void lineCentered(String text, PDFont font, float size, float x, float width, float[] color)
                throws IOException {
            String shown = fit(fonts.printable(font, text), font, size, width);
            float w = fonts.width(font, size, shown);
            show(shown, font, size, x + (width - w) / 2, y - size, color);
            y -= size * 1.35f;
        }

        private void line(String text, PDFont font, float size, float x, float[] color) throws IOException {
            show(fonts.printable(font, text), font, size, x, y - size, color);
            y -= size * 1.35f;
        }

        private void show(String text, PDFont font, float size, float x, float baseline, float[] color)
                throws IOException {
            if (cs == null || text.isEmpty()) {
                return;
            }
            cs.beginText();
            cs.setNonStrokingColor(color[0], color[1], color[2]);
            cs.setFont(font, size);
            cs.newLineAtOffset(x, baseline);
            cs.showText(text);
            cs.endText();
        }

        private void rule(float at) throws IOException {
            if (cs == null) {
                return;
            }
            cs.setStrokingColor(RULE[0], RULE[1], RULE[2]);
            cs.setLineWidth(0.5f);
            cs.moveTo(MARGIN, at);
            cs.lineTo(MARGIN + WIDTH, at);
            cs.stroke();
        }

        private void fill(float x, float bottom, float w, float h, float[] color) throws IOException {
            if (cs == null) {
                return;
            }
            cs.setNonStrokingColor(color[0], color[1], color[2]);
            cs.addRect(x, bottom, w, h);
            cs.fill();
        }

        /** The text cut with "…" to {@code width}. */
        private String fit(String text, PDFont font, float size, float width) {
            if (fonts.width(font, size, text) <= width) {
                return text;
            }
            String cut = text;
            while (!cut.isEmpty() && fonts.width(font, size, cut + "…") > width) {
                cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
            }
            return cut.stripTrailing() + "…";
        }

        /** Words wrapped to {@code width}, at most {@code maxLines} lines (the last cut with "…"). */
        private List<String> wrap(String text, PDFont font, float size, float width, int maxLines) {
            String printable = fonts.printable(font, text).trim();
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : printable.split(" +")) {
                String candidate = current.length() == 0 ? word : current + " " + word;
                if (fonts.width(font, size, candidate) <= width) {
                    current.setLength(0);
                    current.append(candidate);
                    continue;
                }
                if (current.length() > 0) {
                    lines.add(current.toString());
                    current.setLength(0);
                }
                String rest = word;
                while (fonts.width(font, size, rest) > width) {
                    int n = rest.length();
                    while (n > 1 && fonts.width(font, size, rest.substring(0, n)) > width) {
                        n--;
                    }
                    lines.add(rest.substring(0, n));
                    rest = rest.substring(n);
                }
                current.append(rest);
            }
            if (current.length() > 0 || lines.isEmpty()) {
                lines.add(current.toString());
            }
            if (lines.size() <= maxLines) {
                return lines;
            }
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            kept.set(maxLines - 1, fit(kept.get(maxLines - 1) + " " + lines.get(maxLines) + "…", font, size,
                    width));
            return kept;
        }
    }
}
