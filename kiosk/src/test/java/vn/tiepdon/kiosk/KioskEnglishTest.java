package vn.tiepdon.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.identity.ChipFailure;
import vn.tiepdon.core.testing.MutableClock;

/** A patient who picks English reads English everywhere: lookup, instruction, chip notices. */
class KioskEnglishTest {
    private static final Pattern VIETNAMESE = Pattern.compile(
            "[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵĐ]");
    private final MutableClock clock = new MutableClock(Samples.NOW, Samples.HANOI);
    private final FakeReceptionApi api = new FakeReceptionApi(r -> Samples.response(42, "A001", LookupClass.NOT_ELIGIBLE));
    private final KioskModel model = new KioskModel(api, Samples::parse, new FakePrinter(),
            new SlipFactory("Bệnh viện Đa khoa Demo", Samples.HANOI), "kiosk-1", clock);

    @Test
    void theTicketScreenIsEnglishThoughTheServerAnsweredInVietnamese() {
        model.useLanguage(KioskLanguage.ENGLISH);

        KioskState state = model.scanned(Samples.CCCD_QR);

        assertThat(state).isInstanceOfSatisfying(KioskState.Ticket.class, t -> {
            assertThat(t.instruction()).isEqualTo("Your health insurance card has expired. Please go to the reception"
                    + " desk. Your ticket number: A001.");
            assertThat(VIETNAMESE.matcher(t.instruction() + t.lookupLabel()).find()).isFalse();
        });
    }

    @Test
    void theSameTicketInVietnamese() {
        KioskState state = model.scanned(Samples.CCCD_QR);

        assertThat(state).isInstanceOfSatisfying(KioskState.Ticket.class, t -> assertThat(t.instruction())
                .isEqualTo("Thẻ BHYT đã hết hạn. Vui lòng đến quầy tiếp đón. Số phiếu của bạn: A001."));
    }

    @Test
    void everyChipFailureHasATextInBothLanguages() {
        KioskMessages vi = new KioskMessages(KioskLanguage.VIETNAMESE);
        KioskMessages en = new KioskMessages(KioskLanguage.ENGLISH);
        for (ChipFailure f : ChipFailure.values()) {
            String key = "chip.failure." + f.name();
            assertThat(vi.text(key)).as(key).isNotEqualTo(key);
            assertThat(en.text(key)).as(key).isNotEqualTo(key).isNotEqualTo(vi.text(key));
            assertThat(VIETNAMESE.matcher(en.text(key)).find()).as(key).isFalse();
        }
    }

    /** The printed slip is Vietnamese whatever the screen's language: its {@code slip.*} texts have no English. */
    @Test
    void bothBundlesHaveTheSameScreenKeysAndEnglishHasNoVietnamese() throws IOException {
        Properties vi = bundle("vi");
        Properties en = bundle("en");
        assertThat(en.stringPropertyNames()).isEqualTo(vi.stringPropertyNames().stream()
                .filter(k -> !k.startsWith("slip.")).collect(java.util.stream.Collectors.toSet()));
        for (String key : en.stringPropertyNames()) {
            if (!key.equals("idle.language")) { // the switch names the other language: "Tiếng Việt"
                assertThat(VIETNAMESE.matcher(en.getProperty(key)).find()).as(key).isFalse();
            }
        }
    }

    private static Properties bundle(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = KioskEnglishTest.class.getResourceAsStream("/vn/tiepdon/kiosk/messages_" + lang
                + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
