package vn.tiepdon.devices.scanning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeFramerTest {

    private final List<CodeFramer.Code> codes = new ArrayList<>();
    private int overlong;

    @Test
    void crEndsACodeAndIgnoresTheLfOfACrlfScanner() {
        feed(CodeTerminator.CR, "A001\r\nA002\r\r");

        assertThat(texts()).containsExactly("A001", "A002");
    }

    @Test
    void lfEndsACodeAndIgnoresCr() {
        feed(CodeTerminator.LF, "A001\r\nA002\n\n");

        assertThat(texts()).containsExactly("A001", "A002");
    }

    @Test
    void crlfKeepsLoneCrAndLfInsideTheCode() {
        feed(CodeTerminator.CRLF, "a\rb\nc\r\nA002\r\n");

        assertThat(texts()).containsExactly("a\rb\nc", "A002");
    }

    @Test
    void decodesUtf8SplitAcrossReads() {
        CodeFramer framer = framer(CodeTerminator.CR);
        byte[] bytes = "Nguyễn Văn An\r".getBytes(StandardCharsets.UTF_8);

        framer.accept(java.util.Arrays.copyOfRange(bytes, 0, 5), 5);
        framer.accept(java.util.Arrays.copyOfRange(bytes, 5, bytes.length), bytes.length - 5);

        assertThat(codes).containsExactly(new CodeFramer.Code("Nguyễn Văn An", false));
    }

    @Test
    void readsBytesThatAreNotUtf8AsWindows1258() {
        // "Lê Văn Tư" in Windows-1258: ê = 0xEA, ă = 0xE3, ư = 0xFD
        byte[] cp1258 = {'L', (byte) 0xEA, ' ', 'V', (byte) 0xE3, 'n', ' ', 'T', (byte) 0xFD, '\r'};

        framer(CodeTerminator.CR).accept(cp1258, cp1258.length);

        assertThat(codes).containsExactly(new CodeFramer.Code("Lê Văn Tư", true));
    }

    @Test
    void dropsAnOverlongCodeWholeAndReadsOn() {
        feed(CodeTerminator.CR, "x".repeat(CodeFramer.MAX_CODE_BYTES + 10) + "\rA003\r");

        assertThat(texts()).containsExactly("A003");
        assertThat(overlong).isEqualTo(1);
    }

    @Test
    void discardDropsAHalfCode() {
        CodeFramer framer = framer(CodeTerminator.CR);
        byte[] half = "0790900".getBytes(StandardCharsets.US_ASCII);
        framer.accept(half, half.length);

        framer.discard();
        byte[] next = "A004\r".getBytes(StandardCharsets.US_ASCII);
        framer.accept(next, next.length);

        assertThat(texts()).containsExactly("A004");
    }

    private void feed(CodeTerminator terminator, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        framer(terminator).accept(bytes, bytes.length);
    }

    private CodeFramer framer(CodeTerminator terminator) {
        return new CodeFramer(terminator, codes::add, () -> overlong++);
    }

    private List<String> texts() {
        return codes.stream().map(CodeFramer.Code::text).toList();
    }
}
