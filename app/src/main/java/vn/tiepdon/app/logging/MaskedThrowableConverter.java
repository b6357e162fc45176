package vn.tiepdon.app.logging;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;
import vn.tiepdon.core.privacy.Masking;

/** {@code %maskedEx}: stack traces with personal numbers in exception messages masked. */
public class MaskedThrowableConverter extends ThrowableProxyConverter {
    @Override
    protected String throwableProxyToString(IThrowableProxy tp) {
        return Masking.numbersIn(super.throwableProxyToString(tp));
    }
}
