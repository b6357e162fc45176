package vn.tiepdon.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tiepdon.core.identity.Samples.BHYT_QR_EXAMPLE_1;
import static vn.tiepdon.core.identity.Samples.BHYT_QR_EXAMPLE_2;
import static vn.tiepdon.core.identity.Samples.CCCD_QR;
import static vn.tiepdon.core.identity.Samples.rejection;
import static vn.tiepdon.core.identity.Samples.withField;
import static vn.tiepdon.core.identity.Samples.withoutField;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A rejection reason goes to logs and screens: it must not quote names, numbers, dates or addresses. */
class RejectionReasonPrivacyTest {

    private static final List<String> PERSONAL = List.of("Lê", "Mai", "Anh", "Nguyễn", "Trần", "Phường", "Số 12",
            "4e6775", "5472e1", "1995", "1994", "1960", "0123456789", "079195001234", "025123456", "HC401");

    static Stream<String> malformedInputs() {
        return Stream.of(
                withField(CCCD_QR, 0, "07919500123"),
                withField(CCCD_QR, 0, "003195001234"),
                withField(CCCD_QR, 1, "02512345"),
                withField(CCCD_QR, 2, "Lê Thị Mai Anh 2"),
                withField(CCCD_QR, 3, "31021995"),
                withField(CCCD_QR, 3, "12032095"),
                withField(CCCD_QR, 4, "Nam"),
                withField(CCCD_QR, 6, "11031995"),
                withField(CCCD_QR, 0, "079196001234"),
                withField(CCCD_QR, 0, "079395001234"),
                withoutField(withoutField(CCCD_QR, 6), 5),
                CCCD_QR + "|20042021",
                withField(BHYT_QR_EXAMPLE_1, 0, "HC6010123456789"),
                withField(BHYT_QR_EXAMPLE_1, 0, "ZZ4010123456789"),
                withField(BHYT_QR_EXAMPLE_1, 1, "4e677579e1bb856e2056c4836e204"),
                withField(BHYT_QR_EXAMPLE_1, 1, "4e677579e1bb856e2056c4836e2031"),
                withField(BHYT_QR_EXAMPLE_1, 2, "31/02/1994"),
                withField(BHYT_QR_EXAMPLE_1, 2, "1899"),
                withField(BHYT_QR_EXAMPLE_1, 4, "53e1bb91203132ff"),
                withField(BHYT_QR_EXAMPLE_1, 7, "31/12/1994"),
                withField(BHYT_QR_EXAMPLE_1, 8, "04/03/1994"),
                withField(BHYT_QR_EXAMPLE_2, 8, "31/12/1959"),
                withoutField(BHYT_QR_EXAMPLE_2, 3),
                "HC6010123456789",
                "HC40101234567X9",
                "HC401012345678",
                "01234567890",
                "025123456",
                "Nguyễn Văn A");
    }

    @ParameterizedTest
    @MethodSource("malformedInputs")
    void quotesNoPersonalDataInTheReason(String input) {
        String reason = rejection(input);

        assertThat(reason).doesNotContainPattern("\\d{5,}");
        assertThat(PERSONAL).allSatisfy(fragment -> assertThat(reason).doesNotContain(fragment));
        assertThat(Arrays.stream(input.split("\\|")).filter(f -> f.length() >= 5))
                .allSatisfy(field -> assertThat(reason).doesNotContain(field));
    }
}
