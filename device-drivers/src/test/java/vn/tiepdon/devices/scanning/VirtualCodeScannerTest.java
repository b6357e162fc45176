package vn.tiepdon.devices.scanning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VirtualCodeScannerTest {

    private final VirtualCodeScanner scanner = new VirtualCodeScanner();
    private final List<String> codes = new ArrayList<>();

    @Test
    void deliversFedTextSynchronouslyOnTheCallersThread() {
        List<Thread> threads = new ArrayList<>();
        scanner.start(code -> {
            codes.add(code);
            threads.add(Thread.currentThread());
        });

        boolean delivered = scanner.feed("079090001234|023456789|Nguyễn Văn An");

        assertThat(delivered).isTrue();
        assertThat(codes).containsExactly("079090001234|023456789|Nguyễn Văn An");
        assertThat(threads).containsExactly(Thread.currentThread());
    }

    @Test
    void deliversNothingBeforeStart() {
        assertThat(scanner.feed("A001")).isFalse();
    }

    @Test
    void deliversNothingAfterClose() {
        scanner.start(codes::add);
        scanner.close();

        assertThat(scanner.feed("A001")).isFalse();
        assertThat(codes).isEmpty();
    }

    @Test
    void refusesToStartTwiceOrAfterClose() {
        scanner.start(codes::add);
        assertThatThrownBy(() -> scanner.start(codes::add)).isInstanceOf(IllegalStateException.class);

        VirtualCodeScanner closed = new VirtualCodeScanner();
        closed.close();
        assertThatThrownBy(() -> closed.start(codes::add)).isInstanceOf(IllegalStateException.class);
    }
}
