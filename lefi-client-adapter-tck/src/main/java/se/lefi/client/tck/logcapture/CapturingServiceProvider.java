package se.lefi.client.tck.logcapture;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * An SLF4J provider for the test suites that run {@code SdkLogPrivacyCheck}: every logger of the SDK
 * ({@code se.lefi.client…}) is enabled at TRACE and each of its events is kept by {@link CapturedLog},
 * so the last test of the suite can check that nothing the SDK wrote held a personnummer in clear.
 * Other loggers are off.
 */
public final class CapturingServiceProvider implements SLF4JServiceProvider {

    private final ILoggerFactory loggerFactory = CapturingLogger::new;
    private final IMarkerFactory markerFactory = new BasicMarkerFactory();
    // A working MDC, so that tests can see what the SDK puts there during a call.
    private final MDCAdapter mdcAdapter = new BasicMDCAdapter();

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggerFactory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markerFactory;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdcAdapter;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        // Nothing to set up: CapturedLog is static so that tests can read it.
    }
}
