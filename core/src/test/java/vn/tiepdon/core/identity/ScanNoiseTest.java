package vn.tiepdon.core.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tiepdon.core.identity.Samples.BHYT_QR_EXAMPLE_1;
import static vn.tiepdon.core.identity.Samples.CCCD_QR;
import static vn.tiepdon.core.identity.Samples.recognised;
import static vn.tiepdon.core.identity.Samples.rejection;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScanNoiseTest {

    @Test
    void rejectsNullAsEmptyInput() {
        assertThat(rejection(null)).isEqualTo("empty input");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\r\n", "\t", "\uFEFF", "]Q1", " ]Q3\r\n", "\u0000\u001D"})
    void rejectsBlankOrNoiseOnlyInputAsEmpty(String raw) {
        assertThat(rejection(raw)).isEqualTo("empty input");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%s\r\n", "%s\n", "\r\n%s\r\n", "  %s  ", "\t%s", "\uFEFF%s", "]Q1%s", "]Q3%s\r",
            "]Q1\uFEFF%s", "\uFEFF]Q1%s\r\n", " ]d2 %s", "%s\u0004"})
    void stripsScannerNoiseAroundACccdQr(String template) {
        assertThat(recognised(template.formatted(CCCD_QR))).isEqualTo(recognised(CCCD_QR));
    }

    @ParameterizedTest
    @ValueSource(strings = {"%s\r\n", "\uFEFF%s", "]Q1%s", "  %s\t"})
    void stripsScannerNoiseAroundABhytQr(String template) {
        assertThat(recognised(template.formatted(BHYT_QR_EXAMPLE_1))).isEqualTo(recognised(BHYT_QR_EXAMPLE_1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"079195001234\r\n", " 079195001234 ", "]Q1079195001234", "\uFEFF079195001234"})
    void stripsScannerNoiseAroundABareNumber(String raw) {
        assertThat(recognised(raw).idNumber()).contains("079195001234");
    }

    @Test
    void removesControlCharactersInsideTheText() {
        String withLineBreak = CCCD_QR.replace("Phường", "Phư\r\nờng");

        assertThat(recognised(withLineBreak)).isEqualTo(recognised(CCCD_QR));
    }

    @Test
    void normalisesADecomposedQrToNfc() {
        String decomposed = Normalizer.normalize(CCCD_QR, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(CCCD_QR);

        IdentityDocument doc = recognised(decomposed);

        assertThat(doc).isEqualTo(recognised(CCCD_QR));
        assertThat(doc.address()).hasValueSatisfying(a -> assertThat(Normalizer.isNormalized(a, Normalizer.Form.NFC)).isTrue());
    }

    @Test
    void doesNotStripABracketThatIsNoSymbologyIdentifier() {
        assertThat(rejection("]079195001234")).isEqualTo("not a CCCD or BHYT code");
    }
}
