package vn.tiepdon.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One classifier tells every code a patient holds apart by its shape. */
class QrClassifierTest {

    @Test
    void tellsEachShapeApart() {
        assertThat(QrClassifier.shapeOf(Samples.CCCD_QR)).isEqualTo(QrClassifier.Shape.CCCD_LAYOUT);
        assertThat(QrClassifier.shapeOf(VneidQrParsingTest.VNEID_QR)).isEqualTo(QrClassifier.Shape.CCCD_LAYOUT);
        assertThat(QrClassifier.shapeOf(CanCuocQrParsingTest.CAN_CUOC_QR)).isEqualTo(QrClassifier.Shape.CCCD_LAYOUT);
        assertThat(QrClassifier.shapeOf(Samples.BHYT_QR_EXAMPLE_1)).isEqualTo(QrClassifier.Shape.BHYT);
        assertThat(QrClassifier.shapeOf(Samples.BHYT_QR_EXAMPLE_2)).isEqualTo(QrClassifier.Shape.BHYT);
        assertThat(QrClassifier.shapeOf(CovidQrParsingTest.COVID_QR)).isEqualTo(QrClassifier.Shape.COVID);
        assertThat(QrClassifier.shapeOf("TIEPDON:TICKET:2026-03-14:A012")).isEqualTo(QrClassifier.Shape.TICKET);
        assertThat(QrClassifier.shapeOf("079195001234")).isEqualTo(QrClassifier.Shape.BARE_NUMBER);
        assertThat(QrClassifier.shapeOf("abc|def")).isEqualTo(QrClassifier.Shape.UNKNOWN);
    }

    @Test
    void theParserGivesEachRecognisedShapeItsKind() {
        assertThat(Samples.recognised(Samples.CCCD_QR).kind()).isEqualTo(DocumentKind.CCCD_QR);
        assertThat(Samples.recognised(VneidQrParsingTest.VNEID_QR).kind()).isEqualTo(DocumentKind.VNEID_QR);
        assertThat(Samples.recognised(CanCuocQrParsingTest.CAN_CUOC_QR).kind()).isEqualTo(DocumentKind.CAN_CUOC_QR);
        assertThat(Samples.recognised(Samples.BHYT_QR_EXAMPLE_1).kind()).isEqualTo(DocumentKind.BHYT_QR);
    }
}
