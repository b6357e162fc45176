package vn.tiepdon.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ScreenTextTest {
    static final String BUNDLE = "vn.tiepdon.core.text.test";

    @Test
    void readsVietnameseFromUtf8PropertiesAndFormatsArguments() {
        ScreenText vi = new ScreenText(BUNDLE, ScreenText.VIETNAMESE);
        assertThat(vi.text("hello")).isEqualTo("Xin chào");
        assertThat(vi.text("ticket", "A001", "Quầy 1")).isEqualTo("Mời số A001 đến Quầy 1");
    }

    @Test
    void givesTheKeyForAMissingTextInsteadOfFailing() {
        ScreenText en = new ScreenText(BUNDLE, Locale.ENGLISH);
        assertThat(en.text("hello")).isEqualTo("Hello");
        assertThat(en.text("ticket", "A001", "Counter 1")).isEqualTo("ticket");
    }
}
