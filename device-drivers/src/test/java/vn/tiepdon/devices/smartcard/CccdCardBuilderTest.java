package vn.tiepdon.devices.smartcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.identity.Sex;

class CccdCardBuilderTest {

    @Test
    void buildsTheMrzOfThePublicSampleWithItsCheckDigits() {
        CardHolder h = CardHolder.of("001093047064", "Ung Hoàng Hiệp", LocalDate.of(1993, 1, 5), Sex.MALE, "Hà Nội",
                LocalDate.of(2021, 7, 24));

        assertThat(CccdCardBuilder.mrz(h)).isEqualTo("IDVNM0930470641001093047064<<2"
                + "9301054M3301052VNM<<<<<<<<<<<8" + "UNG<<HOANG<HIEP<<<<<<<<<<<<<<<");
    }

    @Test
    void spellsVietnameseNamesInTheMrzWithoutDiacritics() {
        assertThat(CccdCardBuilder.mrzName("Đỗ Thị Lan")).isEqualTo("DO<<THI<LAN");
    }

    @Test
    void lifetimeCardCarriesFillerExpiryInTheMrz() {
        assertThat(CccdCardBuilder.mrz(TestCards.ELDER).substring(38, 45)).isEqualTo("<<<<<<0");
    }

    @Test
    void writesTheCardFilesTheEmulatorLoads() throws Exception {
        CardImage card = TestCards.card(TestCards.Variant.NORMAL);
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("card");
        card.writeTo(dir);

        assertThat(dir.resolve("EF.COM")).exists();
        assertThat(dir.resolve("EF.SOD")).exists();
        assertThat(CardImage.readFrom(dir).files()).containsOnlyKeys(LdsFile.COM, LdsFile.DG1, LdsFile.DG2,
                LdsFile.DG13, LdsFile.DG15, LdsFile.SOD);
        assertThat(card.file(LdsFile.DG1).orElseThrow()).hasSize(95);
        assertThat(TestCards.holder(TestCards.Variant.WITHOUT_FIELDS_14_TO_16).spouseName()).isEqualTo(Optional.empty());
    }
}
