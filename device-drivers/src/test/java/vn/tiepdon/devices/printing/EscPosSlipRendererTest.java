package vn.tiepdon.devices.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tiepdon.core.printing.TicketSlip;

class EscPosSlipRendererTest {

    private final EscPosRasterDecoder decoder = new EscPosRasterDecoder();

    @Test
    void startsWithInitializeAndEndsWithFullCut() {
        byte[] job = new EscPosSlipRenderer(576).render(Slips.slip());

        EscPosDocument document = decoder.decode(job);

        assertThat(Arrays.copyOf(job, 2)).containsExactly(0x1B, '@');
        assertThat(document.startsWithInitialize()).isTrue();
        assertThat(document.cut()).isTrue();
        assertThat(Arrays.copyOfRange(job, job.length - 3, job.length)).containsExactly(0x1D, 'V', 0x30);
        assertThat(document.problems()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {EscPosSlipRenderer.WIDTH_80_MM, EscPosSlipRenderer.WIDTH_58_MM})
    void drawsHeaderNumberAndBodyAsInkedRastersOfThePaperWidth(int width) {
        EscPosDocument document = decoder.decode(new EscPosSlipRenderer(width).render(Slips.slip()));

        // header, number, body, the ticket's QR
        assertThat(document.rasters()).hasSize(4);
        for (BufferedImage raster : document.rasters()) {
            assertThat(raster.getWidth()).isEqualTo(width);
            assertThat(Slips.inkShare(raster)).isBetween(0.01, 0.6);
        }
    }

    @Test
    void decodedRastersEqualTheDrawnImagesDotForDot() {
        TicketSlip slip = Slips.slip();
        SlipLayout.SlipImages drawn = new SlipLayout(576, SlipFonts.fromSystem()).compose(slip);

        List<BufferedImage> decoded = decoder.decode(new EscPosSlipRenderer(576).render(slip)).rasters();

        List<BufferedImage> expected = List.of(drawn.header(), drawn.number(), drawn.body());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(dots(decoded.get(i))).as("raster %d", i).isEqualTo(dots(expected.get(i)));
        }
    }

    @Test
    void printsTheClinicAndItsRoomAsARasterUnderTheNumber() {
        TicketSlip slip = withRoom(Slips.slip(), "Nội tổng quát", "Phòng 105 – Tầng 1");
        SlipLayout layout = new SlipLayout(576, SlipFonts.fromSystem());

        List<BufferedImage> decoded = decoder.decode(new EscPosSlipRenderer(576).render(slip)).rasters();

        // header, number, room, body, QR: the room's raster is exactly the clinic and room text drawn alone
        assertThat(decoded).hasSize(5);
        BufferedImage expectedRoom = layout.roomBlock(slip.clinic(), slip.room()).toImage(8);
        assertThat(dots(decoded.get(2))).isEqualTo(dots(expectedRoom));
        assertThat(Slips.inkShare(decoded.get(2))).isBetween(0.01, 0.6);
        // the room is printed large: its line is taller than the instruction's type
        BufferedImage roomOnly = layout.roomBlock(java.util.Optional.empty(), slip.room()).toImage(8);
        int[] ink = Slips.inkBounds(roomOnly);
        assertThat(ink[3] - ink[1]).as("ink height of the room line").isGreaterThanOrEqualTo(30);
    }

    @Test
    void drawsEachRoomDifferentlyAndNoRoomRasterWithoutAClinic() {
        EscPosSlipRenderer renderer = new EscPosSlipRenderer(576);

        List<BufferedImage> p105 = decoder.decode(renderer.render(withRoom(Slips.slip(), "Nhi", "Phòng 105"))).rasters();
        List<BufferedImage> p106 = decoder.decode(renderer.render(withRoom(Slips.slip(), "Nhi", "Phòng 106"))).rasters();
        List<BufferedImage> none = decoder.decode(renderer.render(Slips.slip())).rasters();

        assertThat(dots(p105.get(2))).isNotEqualTo(dots(p106.get(2)));
        assertThat(dots(p105.get(3))).isEqualTo(dots(none.get(2)));
        assertThat(none).hasSize(4);
    }

    @Test
    void printsQrPayloadAsNativeSymbol() {
        TicketSlip slip = Slips.slip();

        EscPosDocument document = decoder.decode(new EscPosSlipRenderer(576).render(slip));

        assertThat(PrintedQr.texts(document)).containsExactly(slip.qrPayload());
    }

    @Test
    void keepsNonAsciiQrPayloadWhole() {
        TicketSlip slip = withQr(Slips.slip(), "Số A001|Quầy 1");

        EscPosDocument document = decoder.decode(new EscPosSlipRenderer(576).render(slip));

        assertThat(PrintedQr.texts(document)).containsExactly("Số A001|Quầy 1");
    }

    @Test
    void printsNoQrSymbolForBlankPayload() {
        EscPosDocument document = decoder.decode(new EscPosSlipRenderer(576).render(withQr(Slips.slip(), " ")));

        assertThat(PrintedQr.texts(document)).isEmpty();
        assertThat(document.cut()).isTrue();
    }

    @Test
    void drawsTicketNumberLarge() {
        BufferedImage number = decoder.decode(new EscPosSlipRenderer(576).render(Slips.slip("A001"))).rasters().get(1);

        int[] ink = Slips.inkBounds(number);
        assertThat(ink[3] - ink[1]).as("ink height in dots").isGreaterThanOrEqualTo(100);
        assertThat(ink[2] - ink[0]).as("ink width in dots").isGreaterThanOrEqualTo(300);
        assertThat(Slips.inkShare(number)).isBetween(0.1, 0.6);
    }

    @Test
    void drawsEachTicketNumberDifferently() {
        EscPosSlipRenderer renderer = new EscPosSlipRenderer(576);

        BufferedImage a001 = decoder.decode(renderer.render(Slips.slip("A001"))).rasters().get(1);
        BufferedImage b127 = decoder.decode(renderer.render(Slips.slip("B127"))).rasters().get(1);

        assertThat(dots(a001)).isNotEqualTo(dots(b127));
    }

    @Test
    void shrinksAnOverlongTicketNumberToFitThePaper() {
        BufferedImage number = decoder.decode(new EscPosSlipRenderer(384).render(Slips.slip("KHAM-NOI-1234"))).rasters().get(1);

        int[] ink = Slips.inkBounds(number);
        assertThat(ink[0]).isGreaterThan(0);
        assertThat(ink[2]).isLessThan(number.getWidth() - 1);
    }

    @Test
    void wrapsALongHospitalNameInsideTheMargins() {
        TicketSlip shortName = Slips.slip();
        TicketSlip longName = new TicketSlip("SỞ Y TẾ THÀNH PHỐ HỒ CHÍ MINH – BỆNH VIỆN NHÂN DÂN GIA ĐỊNH – KHOA KHÁM BỆNH THEO YÊU CẦU",
                "A001", shortName.queueName(), shortName.instruction(), shortName.details(), shortName.issuedAt(),
                shortName.qrPayload());
        EscPosSlipRenderer renderer = new EscPosSlipRenderer(576);

        BufferedImage shortHeader = decoder.decode(renderer.render(shortName)).rasters().get(0);
        BufferedImage longHeader = decoder.decode(renderer.render(longName)).rasters().get(0);

        assertThat(longHeader.getHeight()).isGreaterThan(shortHeader.getHeight());
        int[] ink = Slips.inkBounds(longHeader);
        assertThat(ink[0]).isGreaterThanOrEqualTo(8);
        assertThat(ink[2]).isLessThanOrEqualTo(576 - 8);
    }

    @Test
    void leavesRoomForStackedVietnameseMarksOnCapitals() {
        TicketSlip slip = new TicketSlip("ỖẤỬỄẶỸ", "A001", "ẪẰỂ", "Ấ", List.of("Ỗ"), LocalDateTime.of(2025, 1, 1, 7, 0), "q");

        BufferedImage header = decoder.decode(new EscPosSlipRenderer(576).render(slip)).rasters().get(0);

        assertThat(Slips.inkBounds(header)[1]).as("first inked row").isGreaterThan(0);
    }

    @Test
    void dejaVuSansCoversEveryVietnameseLetter() {
        assumeThat(Files.isReadable(SlipFonts.DEJAVU_DIRECTORY.resolve("DejaVuSans.ttf")))
                .as("fonts-dejavu-core installed").isTrue();

        SlipFonts fonts = SlipFonts.fromSystem();

        assertThat(fonts.source()).startsWith("DejaVu Sans");
        assertThat(fonts.coversVietnamese()).isTrue();
    }

    @Test
    void fallsBackToSansSerifWhenDejaVuIsMissing() {
        SlipFonts fonts = SlipFonts.fromDirectory(SlipFonts.DEJAVU_DIRECTORY.resolve("no-such-directory"));

        assertThat(fonts.source()).isEqualTo("logical SansSerif");
        EscPosDocument document = decoder.decode(new EscPosSlipRenderer(576, fonts).render(Slips.slip()));
        assertThat(document.rasters()).allSatisfy(raster -> assertThat(Slips.inkDots(raster)).isPositive());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 120, 380, 4096})
    void rejectsWidthThatIsNoWholeNumberOfBytesOrOutOfRange(int width) {
        assertThatThrownBy(() -> new EscPosSlipRenderer(width)).isInstanceOf(IllegalArgumentException.class);
    }

    private static TicketSlip withRoom(TicketSlip slip, String clinic, String room) {
        return new TicketSlip(slip.hospitalName(), slip.ticketNumber(), slip.queueName(), slip.instruction(),
                slip.details(), slip.issuedAt(), slip.qrPayload(), java.util.Optional.of(clinic),
                java.util.Optional.of(room));
    }

    private static TicketSlip withQr(TicketSlip slip, String qrPayload) {
        return new TicketSlip(slip.hospitalName(), slip.ticketNumber(), slip.queueName(), slip.instruction(),
                slip.details(), slip.issuedAt(), qrPayload);
    }

    /** One string per row, '#' for ink, so a mismatch shows where. */
    private static List<String> dots(BufferedImage image) {
        StringBuilder row = new StringBuilder();
        List<String> rows = new ArrayList<>();
        for (int y = 0; y < image.getHeight(); y++) {
            row.setLength(0);
            for (int x = 0; x < image.getWidth(); x++) {
                row.append(Slips.isInk(image, x, y) ? '#' : '.');
            }
            rows.add(row.toString());
        }
        return rows;
    }
}
