package se.lefi.client.testkit;

import java.util.List;
import se.lefi.client.tck.SdkLogPrivacyCheck;

/**
 * Runs last and checks that nothing the SDK logged at TRACE during this module's tests held a clear
 * personnummer; the client's and the simulator's loggers must both have written.
 */
class LogPrivacyTest extends SdkLogPrivacyCheck {

    @Override
    protected List<String> loggersThatMustHaveWritten() {
        return List.of(CLIENT_LOGGER, SimulatorEngine.class.getName());
    }
}
