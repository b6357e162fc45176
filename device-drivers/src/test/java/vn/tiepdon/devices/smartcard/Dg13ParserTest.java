package vn.tiepdon.devices.smartcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.identity.ChipFailure;

class Dg13ParserTest {

    @Test
    void readsAllSixteenFieldsByNumber() throws Exception {
        Dg13Fields f = Dg13Parser.parse(Dg13Writer.write(CccdCardBuilder.dg13Fields(TestCards.AN), false));

        assertThat(f.fields()).containsOnlyKeys(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
        assertThat(f.first(Dg13Fields.ID_NUMBER)).contains("079090001234");
        assertThat(f.first(Dg13Fields.FULL_NAME)).contains("Nguyễn Văn An");
        assertThat(f.first(Dg13Fields.BIRTH_DATE)).contains("15/08/1990");
        assertThat(f.first(Dg13Fields.SEX)).contains("Nam");
        assertThat(f.first(Dg13Fields.EXPIRY_DATE)).contains("15/08/2030");
        assertThat(f.fields().get(Dg13Fields.PARENTS)).containsExactly("Nguyễn Văn Bình", "Trần Thị Cúc");
        assertThat(f.first(Dg13Fields.SPOUSE)).contains("Lê Thị Dung");
        assertThat(f.first(Dg13Fields.OTHER_DOCUMENT)).contains("025123456");
        assertThat(f.first(Dg13Fields.FIELD_16)).contains("3F00A1B2C3D4E5F6");
    }

    @Test
    void toleratesMissingFieldsFourteenToSixteen() throws Exception {
        Map<Integer, List<String>> fields = CccdCardBuilder.dg13Fields(
                TestCards.holder(TestCards.Variant.WITHOUT_FIELDS_14_TO_16));

        Dg13Fields f = Dg13Parser.parse(Dg13Writer.write(fields, false));

        assertThat(f.fields()).doesNotContainKeys(14, 15, 16);
        assertThat(f.first(Dg13Fields.SPOUSE)).isEmpty();
    }

    @Test
    void readsPrintableStringValues() throws Exception {
        Map<Integer, List<String>> fields = new LinkedHashMap<>();
        fields.put(1, List.of("079090001234"));
        fields.put(3, List.of("15/08/1990"));

        Dg13Fields f = Dg13Parser.parse(Dg13Writer.write(fields, true));

        assertThat(f.first(1)).contains("079090001234");
        assertThat(f.first(3)).contains("15/08/1990");
    }

    @Test
    void findsFieldsByNumberInAnyOrderAndKeepsUnknownNumbers() throws Exception {
        Map<Integer, List<String>> fields = new LinkedHashMap<>();
        fields.put(17, List.of("something new"));
        fields.put(2, List.of("Nguyễn Văn An"));
        fields.put(1, List.of("079090001234"));

        Dg13Fields f = Dg13Parser.parse(Dg13Writer.write(fields, false));

        assertThat(f.first(1)).contains("079090001234");
        assertThat(f.first(2)).contains("Nguyễn Văn An");
        assertThat(f.first(17)).contains("something new");
    }

    @Test
    void truncatedDg13IsMalformedData() {
        byte[] dg13 = Dg13Writer.write(CccdCardBuilder.dg13Fields(TestCards.AN), false);

        assertThatThrownBy(() -> Dg13Parser.parse(Arrays.copyOf(dg13, dg13.length - 20)))
                .isInstanceOfSatisfying(ChipDataException.class,
                        e -> assertThat(e.failure()).isEqualTo(ChipFailure.MALFORMED_DATA));
    }

    @Test
    void garbageIsMalformedData() {
        assertThatThrownBy(() -> Dg13Parser.parse(new byte[] {0x30, 0x03, 0x02, 0x01, 0x01}))
                .isInstanceOfSatisfying(ChipDataException.class,
                        e -> assertThat(e.failure()).isEqualTo(ChipFailure.MALFORMED_DATA));
        assertThatThrownBy(() -> Dg13Parser.parse(new byte[] {(byte) 0xFF, 0x00, 0x12}))
                .isInstanceOf(ChipDataException.class);
        assertThatThrownBy(() -> Dg13Parser.parse(new byte[0])).isInstanceOf(ChipDataException.class);
    }
}
