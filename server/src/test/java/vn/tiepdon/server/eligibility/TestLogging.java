package vn.tiepdon.server.eligibility;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/**
 * Keeps Jetty and the simulator quiet in these tests and captures what the eligibility package logs
 * (instead of printing it).
 */
final class TestLogging implements AutoCloseable {

    private final Logger logger;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private TestLogging() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger("org.eclipse.jetty").setLevel(Level.WARN);
        context.getLogger("io.javalin").setLevel(Level.WARN);
        context.getLogger("okhttp3").setLevel(Level.INFO);
        context.getLogger("vn.tiepdon.bhxhsim").setLevel(Level.WARN);
        logger = context.getLogger("vn.tiepdon.server.eligibility");
        logger.setLevel(Level.DEBUG);
        logger.setAdditive(false);
        appender.setContext(context);
        appender.start();
        logger.addAppender(appender);
    }

    static TestLogging capture() {
        return new TestLogging();
    }

    /** Every message logged so far, formatted, with exception texts. */
    String text() {
        List<ILoggingEvent> events = List.copyOf(appender.list);
        return events.stream()
                .map(e -> e.getFormattedMessage()
                        + (e.getThrowableProxy() == null ? "" : " " + e.getThrowableProxy().getMessage()))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        logger.setAdditive(true);
        appender.stop();
    }
}
