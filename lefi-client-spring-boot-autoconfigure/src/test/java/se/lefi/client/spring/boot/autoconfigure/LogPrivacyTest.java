package se.lefi.client.spring.boot.autoconfigure;

import java.util.List;
import se.lefi.client.spring.boot.autoconfigure.internal.LefiClientFactory;
import se.lefi.client.spring.boot.autoconfigure.internal.LefiHealthCheck;
import se.lefi.client.tck.SdkLogPrivacyCheck;

/**
 * Runs last and checks that nothing the SDK or the starter logged at TRACE during this module's
 * tests (queries with wire logging on among them) held a clear personnummer.
 */
class LogPrivacyTest extends SdkLogPrivacyCheck {

    @Override
    protected List<String> loggersThatMustHaveWritten() {
        return List.of(CLIENT_LOGGER, "se.lefi.client.wire", LefiClientFactory.class.getName(),
                LefiHealthCheck.class.getName());
    }
}
