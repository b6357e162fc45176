package vn.tiepdon.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tiepdon.core.identity.Samples.BHYT_QR_EXAMPLE_2;
import static vn.tiepdon.core.identity.Samples.CCCD_QR;
import static vn.tiepdon.core.identity.Samples.recognised;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class QrRoundTripTest {

    static Stream<IdentityDocument> cccdDocuments() {
        return Stream.of(
                IdentityDocument.builder(DocumentKind.CCCD_QR)
                        .idNumber("079195001234").oldIdNumber("025123456").fullName("Lê Thị Mai Anh")
                        .dateOfBirth(PartialDate.of(LocalDate.of(1995, 3, 12))).sex(Sex.FEMALE)
                        .address("Số 5 Lý Tự Trọng, Phường Bến Thành, TP Hồ Chí Minh")
                        .issueDate(LocalDate.of(2021, 4, 20)).build(),
                IdentityDocument.builder(DocumentKind.CCCD_QR)
                        .idNumber("001203004567").fullName("Phạm Minh Khôi")
                        .dateOfBirth(PartialDate.of(LocalDate.of(2003, 8, 7))).sex(Sex.MALE)
                        .address("Thôn Đông, Xã Yên Sở, Hà Nội").issueDate(LocalDate.of(2021, 10, 10)).build(),
                IdentityDocument.builder(DocumentKind.CCCD_QR)
                        .idNumber("092058007788").oldIdNumber("361234567").fullName("H'Hen Niê")
                        .dateOfBirth(PartialDate.of(LocalDate.of(1958, 12, 31))).sex(Sex.MALE)
                        .issueDate(LocalDate.of(2022, 1, 3)).build());
    }

    static Stream<IdentityDocument> bhytDocuments() {
        return Stream.of(
                IdentityDocument.builder(DocumentKind.BHYT_QR)
                        .cardNumber("DN4790123456789").benefitLevel(4).provinceCode("79")
                        .socialInsuranceNumber("0123456789").fullName("Võ Thành Đạt")
                        .dateOfBirth(PartialDate.of(LocalDate.of(1988, 11, 2))).sex(Sex.MALE)
                        .address("12 Nguyễn Huệ, Phường Bến Nghé, TP Hồ Chí Minh").registeredFacility("79024")
                        .validFrom(LocalDate.of(2025, 1, 1)).validTo(LocalDate.of(2025, 12, 31))
                        .issueDate(LocalDate.of(2024, 12, 15)).fiveYearDate(LocalDate.of(2027, 6, 1)).build(),
                IdentityDocument.builder(DocumentKind.BHYT_QR)
                        .cardNumber("0198765432").socialInsuranceNumber("0198765432").fullName("Đỗ Thị Hạnh")
                        .dateOfBirth(PartialDate.yearOnly(1948)).sex(Sex.FEMALE)
                        .validFrom(LocalDate.of(2025, 1, 1)).issueDate(LocalDate.of(2024, 12, 20)).build(),
                IdentityDocument.builder(DocumentKind.BHYT_QR)
                        .cardNumber("TE1010987654321").benefitLevel(1).provinceCode("01")
                        .socialInsuranceNumber("0987654321").fullName("Bùi Gia Bảo")
                        .dateOfBirth(PartialDate.of(LocalDate.of(2021, 2, 9))).sex(Sex.MALE)
                        .address("Phường Láng Hạ, Hà Nội").registeredFacility("01013")
                        .validFrom(LocalDate.of(2021, 2, 9)).validTo(LocalDate.of(2027, 2, 8))
                        .issueDate(LocalDate.of(2021, 3, 1)).build());
    }

    @ParameterizedTest
    @MethodSource("cccdDocuments")
    void readsBackAWrittenCccdQr(IdentityDocument doc) {
        IdentityDocument read = recognised(CccdQrWriter.write(doc));

        assertThat(read).usingRecursiveComparison().ignoringFields("field7").isEqualTo(doc);
        assertThat(read.field7()).contains(QrDateMeaning.ISSUE_DATE);
    }

    @ParameterizedTest
    @MethodSource("bhytDocuments")
    void readsBackAWrittenBhytQr(IdentityDocument doc) {
        assertThat(recognised(BhytQrWriter.write(doc, "7901234567"))).isEqualTo(doc);
    }

    @ParameterizedTest
    @MethodSource("bhytDocuments")
    void readsBackABhytQrWithoutManagerCode(IdentityDocument doc) {
        assertThat(recognised(BhytQrWriter.write(doc, "-"))).isEqualTo(doc);
    }

    @Test
    void writesTheSevenFieldLayoutOfTheCccdQr() {
        assertThat(CccdQrWriter.write(recognised(CCCD_QR))).isEqualTo(CCCD_QR);
    }

    @Test
    void writesAnEmptyCmndSlotWhenTheOldIdIsAbsent() {
        String qr = CccdQrWriter.write(cccdDocuments().skip(1).findFirst().orElseThrow());

        assertThat(qr).isEqualTo("001203004567||Phạm Minh Khôi|07082003|Nam|Thôn Đông, Xã Yên Sở, Hà Nội|10102021");
    }

    @Test
    void writesTheFifteenFieldLayoutOfTheBhytQr() {
        String qr = BhytQrWriter.write(recognised(BHYT_QR_EXAMPLE_2), "0123456789");

        String[] written = qr.split("\\|", -1);
        String[] example = BHYT_QR_EXAMPLE_2.split("\\|", -1);
        assertThat(written).hasSize(15);
        assertThat(Arrays.copyOf(written, 13)).containsExactly(Arrays.copyOf(example, 13));
        assertThat(written[14]).isEqualTo("$");
        String preceding = qr.substring(0, qr.length() - written[13].length() - 2);
        assertThat(written[13]).isEqualTo(String.format("%08x-1", crc32(preceding)));
    }

    @Test
    void writesTheFacilityWithSpacedDash() {
        String qr = BhytQrWriter.write(bhytDocuments().findFirst().orElseThrow(), "-");

        assertThat(qr.split("\\|")[5]).isEqualTo("79 - 024");
    }

    @Test
    void refusesToWriteACccdQrWithoutIdNumber() {
        IdentityDocument doc = IdentityDocument.builder(DocumentKind.CCCD_QR).fullName("Lê An")
                .dateOfBirth(PartialDate.of(LocalDate.of(1990, 1, 1))).sex(Sex.MALE)
                .issueDate(LocalDate.of(2021, 1, 1)).build();

        assertThatThrownBy(() -> CccdQrWriter.write(doc)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("idNumber");
    }

    @Test
    void refusesToWriteACccdQrWithYearOnlyBirth() {
        IdentityDocument doc = IdentityDocument.builder(DocumentKind.CCCD_QR).idNumber("079090001234")
                .fullName("Lê An").dateOfBirth(PartialDate.yearOnly(1990)).sex(Sex.MALE)
                .issueDate(LocalDate.of(2021, 1, 1)).build();

        assertThatThrownBy(() -> CccdQrWriter.write(doc)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dateOfBirth");
    }

    @Test
    void refusesToWriteAPipeIntoACccdQr() {
        IdentityDocument doc = IdentityDocument.builder(DocumentKind.CCCD_QR).idNumber("079090001234")
                .fullName("Lê An").dateOfBirth(PartialDate.of(LocalDate.of(1990, 1, 1))).sex(Sex.MALE)
                .address("A|B").issueDate(LocalDate.of(2021, 1, 1)).build();

        assertThatThrownBy(() -> CccdQrWriter.write(doc)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesToWriteABhytQrWithoutCardNumber() {
        IdentityDocument doc = IdentityDocument.builder(DocumentKind.BHYT_QR).fullName("Lê An")
                .dateOfBirth(PartialDate.yearOnly(1990)).sex(Sex.MALE).validFrom(LocalDate.of(2025, 1, 1))
                .issueDate(LocalDate.of(2024, 12, 1)).build();

        assertThatThrownBy(() -> BhytQrWriter.write(doc, "-")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cardNumber");
    }

    @Test
    void refusesAMalformedManagerCodeOrFacility() {
        IdentityDocument doc = bhytDocuments().findFirst().orElseThrow();
        IdentityDocument badFacility = IdentityDocument.builder(DocumentKind.BHYT_QR).cardNumber("0198765432")
                .fullName("Lê An").dateOfBirth(PartialDate.yearOnly(1990)).sex(Sex.MALE)
                .registeredFacility("79 - 024").validFrom(LocalDate.of(2025, 1, 1))
                .issueDate(LocalDate.of(2024, 12, 1)).build();

        assertThatThrownBy(() -> BhytQrWriter.write(doc, "79|01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BhytQrWriter.write(doc, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BhytQrWriter.write(badFacility, "-")).isInstanceOf(IllegalArgumentException.class);
    }

    private static long crc32(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
