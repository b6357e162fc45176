package vn.tiepdon.devices.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DecoderChainTest {
    private final GrayFrame frame = new GrayFrame(2, 2, new byte[4]);

    @Test
    void theFirstDecoderThatFindsTextWinsAndLaterOnesAreNotAsked() {
        List<String> asked = new ArrayList<>();
        DecoderChain chain = new DecoderChain(List.of(
                f -> { asked.add("boofcv"); return Optional.empty(); },
                f -> { asked.add("zxing"); return Optional.of("X"); },
                f -> { asked.add("third"); return Optional.of("Y"); }));
        assertThat(chain.decode(frame)).contains("X");
        assertThat(asked).containsExactly("boofcv", "zxing");
    }

    @Test
    void nothingFoundGivesEmpty() {
        assertThat(DecoderChain.standard().decode(new GrayFrame(64, 64, new byte[64 * 64]))).isEmpty();
    }

    @Test
    void aFrameMustHoldWidthTimesHeightBytes() {
        assertThatThrownBy(() -> new GrayFrame(10, 10, new byte[99])).hasMessageContaining("needs 100 bytes");
        assertThatThrownBy(() -> new DecoderChain(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
