package vn.tiepdon.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Invented test data and helpers shared by the identity tests. */
final class Samples {

    /** 2025-06-15 10:00 in Hà Nội. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-15T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    /** A woman born 12/03/1995 in TP Hồ Chí Minh (79): digit 4 = 1, digits 5-6 = 95. */
    static final String CCCD_QR = "079195001234|025123456|Lê Thị Mai Anh|12031995|Nữ"
            + "|Số 5 Lý Tự Trọng, Phường Bến Thành, TP Hồ Chí Minh|20042021";

    /** Example 1 of bhxh-gateway.md §5. */
    static final String BHYT_QR_EXAMPLE_1 = "HC4010123456789|4e677579e1bb856e2056c4836e2041|05/03/1994|1"
            + "|53e1bb912031322c205068c6b0e1bb9d6e672042e1babf6e204e6768c3a92c2054502048e1bb93204368c3ad204d696e68"
            + "|79 - 024|01/01/2025|31/12/2025|15/12/2024|7901234567|-|K1|01/06/2027|0a1b2c3d4e5f-3|$";

    /** Example 2 of bhxh-gateway.md §5. */
    static final String BHYT_QR_EXAMPLE_2 = "0123456789|5472e1baa76e205468e1bb8b2042|1960|2"
            + "|58c3a32048c3b2612042c3ac6e682c2054e1bb896e682058|01 - 013|01/01/2025|-|20/12/2024|0123456789|-|-|-"
            + "|ffee00112233-1|$";

    private Samples() {
    }

    /** The woman of {@link #CCCD_QR} as a QR of {@code kind} reads her: the six fields every kind shares. */
    static IdentityDocument.Builder woman(DocumentKind kind) {
        return IdentityDocument.builder(kind)
                .idNumber("079195001234")
                .oldIdNumber("025123456")
                .fullName("Lê Thị Mai Anh")
                .dateOfBirth(PartialDate.of(java.time.LocalDate.of(1995, 3, 12)))
                .sex(Sex.FEMALE)
                .address("Số 5 Lý Tự Trọng, Phường Bến Thành, TP Hồ Chí Minh");
    }

    static IdentityParser parser() {
        return new IdentityParser(CLOCK);
    }

    /** {@code qr} with its 0-based field {@code index} replaced. */
    static String withField(String qr, int index, String value) {
        String[] fields = qr.split("\\|", -1);
        fields[index] = value;
        return String.join("|", fields);
    }

    /** {@code qr} without its 0-based field {@code index}. */
    static String withoutField(String qr, int index) {
        List<String> fields = new ArrayList<>(Arrays.asList(qr.split("\\|", -1)));
        fields.remove(index);
        return String.join("|", fields);
    }

    static IdentityDocument recognised(String raw) {
        ParseResult result = parser().parse(raw);
        assertThat(result).isInstanceOf(ParseResult.Recognised.class);
        return ((ParseResult.Recognised) result).document();
    }

    static String rejection(String raw) {
        ParseResult result = parser().parse(raw);
        assertThat(result).isInstanceOf(ParseResult.Rejected.class);
        return ((ParseResult.Rejected) result).reason();
    }
}
