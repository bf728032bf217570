package se.lefi.client.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;
import se.lefi.client.tck.logcapture.CapturedLog;

/**
 * Checks, after every other test class of a module, that nothing the SDK's own loggers wrote at
 * TRACE during the module's tests (stack traces included) holds a personnummer in clear.
 *
 * <p>Having this module on the test class path installs {@code CapturingServiceProvider} as the
 * SLF4J provider, which enables every {@code se.lefi.client} logger at TRACE and keeps its events.
 * The check fails when that provider is not the one SLF4J bound, or when the loggers named by
 * {@link #loggersThatMustHaveWritten()} captured no DEBUG event: an empty capture proves nothing, so
 * the check cannot pass alone. A module runs it last by extending this class and ordering test
 * classes with {@link PrivacyCheckRunsLast} in its {@code junit-platform.properties}:
 *
 * <pre>{@code
 * # src/test/resources/junit-platform.properties
 * junit.jupiter.testclass.order.default=se.lefi.client.tck.PrivacyCheckRunsLast
 *
 * class LogPrivacyTest extends SdkLogPrivacyCheck { }
 * }</pre>
 */
public abstract class SdkLogPrivacyCheck {

    /** The logger of {@code LefiClient}, which writes one DEBUG line per attempt of every call. */
    public static final String CLIENT_LOGGER = "se.lefi.client.LefiClient";

    /**
     * Names the SDK loggers whose DEBUG events the module's tests must have produced; without them
     * the check would look at nothing. A module overrides this to add the loggers its tests reach.
     *
     * @return logger names, by default {@link #CLIENT_LOGGER}
     */
    protected List<String> loggersThatMustHaveWritten() {
        return List.of(CLIENT_LOGGER);
    }

    @Test
    void sdkLogs_duringThisModulesTests_holdNoClearPersonnummer() {
        assertThat(CapturedLog.active())
                .as("the capturing SLF4J provider is bound (SLF4J bound %s instead)", CapturedLog.boundFactory())
                .isTrue();
        List<CapturedLog.Event> events = CapturedLog.events();
        for (String logger : loggersThatMustHaveWritten()) {
            assertThat(events).as("DEBUG events of %s captured during this module's tests (the check must run"
                    + " after the module's other test classes, not alone)", logger)
                    .anyMatch(e -> e.level() == Level.DEBUG && e.logger().equals(logger));
        }
        List<String> leaks = new ArrayList<>();
        for (CapturedLog.Event event : events) {
            String text = event.fullText();
            for (String found : ClearPersonnummer.in(text)) {
                leaks.add(found + " in: " + text.substring(0, Math.min(300, text.length())));
            }
        }
        assertThat(leaks).as("log events with a personnummer in clear, out of %d events", events.size()).isEmpty();
    }

    @Test
    void clearPersonnummer_whenWrittenInAnyForm_isFoundButMaskedOnesAreNot() {
        assertThat(ClearPersonnummer.in("a 198402298452 b")).containsExactly("198402298452");
        assertThat(ClearPersonnummer.in("x=19840229-8452,")).containsExactly("19840229-8452");
        assertThat(ClearPersonnummer.in("(840229-8452)")).containsExactly("840229-8452");
        assertThat(ClearPersonnummer.in("19840229-**** 2120000142 durationMs=1200 2019-11-01 198402298453")).isEmpty();
    }
}
