package se.lefi.client.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import se.lefi.client.tck.logcapture.CapturedLog;

/**
 * Checks, after every other test class of a module, that nothing the SDK's own loggers wrote at
 * TRACE during the module's tests (stack traces included) holds a personnummer in clear.
 *
 * <p>Having this module on the test class path installs {@code CapturingServiceProvider} as the
 * SLF4J provider, which enables every {@code se.lefi.client} logger at TRACE and keeps its events.
 * A module runs the check last by extending this class and ordering test classes by
 * {@link Order} in its {@code junit-platform.properties}:
 *
 * <pre>{@code
 * # src/test/resources/junit-platform.properties
 * junit.jupiter.testclass.order.default=org.junit.jupiter.api.ClassOrderer$OrderAnnotation
 *
 * class LogPrivacyTest extends SdkLogPrivacyCheck { }
 * }</pre>
 */
@Order(Integer.MAX_VALUE)
public abstract class SdkLogPrivacyCheck {

    @Test
    void sdkLogs_duringThisModulesTests_holdNoClearPersonnummer() {
        List<CapturedLog.Event> events = CapturedLog.events();
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
