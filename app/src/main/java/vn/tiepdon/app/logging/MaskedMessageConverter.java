package vn.tiepdon.app.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import vn.tiepdon.core.privacy.Masking;

/**
 * {@code %maskedMsg}: the log message with every CCCD, CMND, BHXH and BHYT number masked — the
 * safety net behind the rule that code logs personal data masked only — and its line breaks
 * escaped, so one event stays one line whatever a client sent.
 */
public class MaskedMessageConverter extends MessageConverter {
    @Override
    public String convert(ILoggingEvent event) {
        return LineBreaks.escape(Masking.numbersIn(super.convert(event)));
    }
}
