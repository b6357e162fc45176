package vn.tiepdon.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The production log layout (config/logback.xml's converters): masking and one line per event. */
class LogLayoutTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private Logger log;

    @BeforeEach
    void layout() {
        LoggerContext context = new LoggerContext();
        // a context made by hand has no MDC adapter (SLF4J's provider sets it): without one, appending fails
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        context.putObject(ch.qos.logback.core.CoreConstants.PATTERN_RULE_REGISTRY, Map.of(
                "maskedMsg", MaskedMessageConverter.class.getName(),
                "maskedEx", MaskedThrowableConverter.class.getName()));
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%level %logger - %maskedMsg%n%maskedEx");
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        OutputStreamAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(out);
        appender.start();
        log = context.getLogger("test");
        log.setLevel(Level.INFO);
        log.addAppender(appender);
    }

    private String written() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aValueWithLineBreaksCannotForgeALogLine() {
        String kioskId = "kiosk-1\r\nERROR server - admin password is hunter2\n";
        log.info("Check-in kiosk={} ticket={}", kioskId, "A001");

        String text = written();
        assertThat(text.lines()).hasSize(1);
        assertThat(text).startsWith("INFO test - Check-in kiosk=kiosk-1\\r\\nERROR server - admin password is hunter2\\n"
                + " ticket=A001");
    }

    @Test
    void unicodeLineSeparatorsAreEscapedToo() {
        log.info("name={}", "a\u2028b\u2029c\u0085d");

        assertThat(written().lines()).hasSize(1);
        assertThat(written()).contains("a\\u2028b\\u2029c\\u0085d");
    }

    @Test
    void numbersAreStillMasked() {
        log.info("lookup key={}", "079090001234");

        assertThat(written()).contains("0790*****234").doesNotContain("079090001234");
    }

    @Test
    void anExceptionMessageCannotAddALineThatLooksLikeAnEvent() {
        IllegalStateException e = new IllegalStateException("bad kiosk kiosk-9\nINFO test - forged 079090001234",
                new RuntimeException("cause\r\nWARN forged"));
        log.error("failed", e);

        String text = written();
        assertThat(text).contains("bad kiosk kiosk-9\\nINFO test - forged 0790*****234");
        assertThat(text).contains("cause\\r\\nWARN forged");
        assertThat(text.lines().filter(l -> l.startsWith("INFO") || l.startsWith("WARN"))).isEmpty();
        assertThat(text.lines().filter(l -> l.startsWith("ERROR"))).hasSize(1);
    }
}
