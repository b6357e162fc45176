package vn.tiepdon.devices.scanning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WedgeTimingTest {

    /** What a wedge scanner in a US layout types for a CCCD QR: the Vietnamese letters are not typed. */
    private static final String CCCD_QR_WITHOUT_DIACRITICS =
            "079090001234|023456789|Nguyn Vn An|01011990|Nam|12 L Li, Phng Bn Thnh, Qun 1, TP H Ch Minh|01012021";

    private final WedgeTiming rule = new WedgeTiming(6, Duration.ofMillis(50));
    private final List<WedgeScan> scans = new ArrayList<>();
    private long now = 1_000_000;

    @Test
    void aScannerBurstEndedByEnterIsAScan() {
        type("079090001234", 8);
        enter(8);

        assertThat(scans).containsExactly(new WedgeScan("079090001234", 0));
    }

    @Test
    void aPersonTypingIsNotAScan() {
        type("079090001234", 180);
        enter(250);

        assertThat(scans).isEmpty();
    }

    @Test
    void aFastTypistWithSomeQuickKeysIsNotAScan() {
        long[] gaps = {70, 35, 90, 40, 65, 30, 110, 45, 80, 60, 38};
        String digits = "079090001234";
        typeKey(digits.charAt(0), 0);
        for (int i = 1; i < digits.length(); i++) {
            typeKey(digits.charAt(i), gaps[i - 1]);
        }
        enter(40);

        assertThat(scans).isEmpty();
    }

    @Test
    void aBurstWithoutEnterIsNotAScanAndDoesNotSpoilTheNextOne() {
        type("TD|12|A001", 5);
        assertThat(rule.inBurst()).isTrue();

        now += 2_000;
        type("TD|13|A002", 5);
        enter(5);

        assertThat(scans).containsExactly(new WedgeScan("TD|13|A002", 0));
    }

    @Test
    void tooShortABurstIsNotAScan() {
        type("A01", 5);
        enter(5);

        assertThat(scans).isEmpty();
    }

    @Test
    void enterLongAfterTheBurstIsNotAScan() {
        type("079090001234", 5);
        enter(400);

        assertThat(scans).isEmpty();
    }

    @Test
    void aPersonsKeysJustBeforeAScanAreNotPartOfIt() {
        type("12", 200);
        now += 300;
        type("079090001234", 6);
        enter(6);

        assertThat(scans).containsExactly(new WedgeScan("079090001234", 0));
    }

    @Test
    void aCccdQrWithoutItsDiacriticsArrivesAsAsciiKeepingNumbersAndDates() {
        type(CCCD_QR_WITHOUT_DIACRITICS, 4);
        enter(4);

        assertThat(scans).hasSize(1);
        WedgeScan scan = scans.get(0);
        assertThat(scan.text()).isEqualTo(CCCD_QR_WITHOUT_DIACRITICS).startsWith("079090001234|023456789|");
        assertThat(scan.text().split("\\|")).contains("01011990", "01012021");
        assertThat(scan.dropped()).isZero();
    }

    @Test
    void lettersOutsideAsciiAreDroppedAndCounted() {
        type("Nguyễn Văn An|01011990", 4);
        enter(4);

        assertThat(scans).containsExactly(new WedgeScan("Nguyn Vn An|01011990", 2));
    }

    @Test
    void twoScansInARow() {
        type("TD|12|A001", 5);
        enter(5);
        now += 800;
        type("TD|13|A002", 5);
        enter(5);

        assertThat(scans).extracting(WedgeScan::text).containsExactly("TD|12|A001", "TD|13|A002");
    }

    private void type(String text, long gap) {
        for (int i = 0; i < text.length(); i++) {
            typeKey(text.charAt(i), i == 0 ? 0 : gap);
        }
    }

    private void typeKey(char key, long gap) {
        now += gap;
        Optional<WedgeScan> scan = rule.typed(key, now);
        scan.ifPresent(scans::add);
    }

    private void enter(long gap) {
        typeKey('\n', gap);
    }
}
