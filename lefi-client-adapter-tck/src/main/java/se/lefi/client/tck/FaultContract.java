package se.lefi.client.tck;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.lefi.client.LefiTechnicalException;
import se.lefi.client.LefiVersion;

/**
 * Adds to {@link CommonFaultContract} the check a version whose service answers "version not
 * supported" needs: that error is technical, never retried, and says where to move. The SOAP
 * versions have it ({@code VERSION_STODS_EJ}); version 9 has no such error and extends
 * {@link CommonFaultContract} alone.
 *
 * <p>A version module extends it and answers {@link #versionUnderTest()} with its own error answers,
 * {@link VersionUnderTest#versionNotSupportedFault()} included.
 *
 * <pre>{@code
 * @Nested
 * class Faults extends FaultContract {
 *     protected VersionUnderTest versionUnderTest() { return V6; }
 * }
 * }</pre>
 */
public abstract class FaultContract extends CommonFaultContract {

    @Test
    void fetch_whenVersionNotSupported_throwsNonRetryableTechnicalExceptionSayingWhereToMove() {
        WireAnswer fault = versionUnderTest().versionNotSupportedFault();
        serve(fault);

        LefiTechnicalException e = thrownBy(LefiTechnicalException.class, () -> canonicalQuery().fetch());

        assertThat(e.retryable()).isFalse();
        assertThat(e.errorCode()).isEqualTo(versionUnderTest().errorCode(fault));
        assertThat(e.legacyErrorType()).isEmpty();
        LefiVersion version = versionUnderTest().version();
        if (version == LefiVersion.latest()) {
            assertThat(e.getMessage()).contains("knows no version newer than " + version);
        } else {
            assertThat(e.getMessage()).contains("move to ").contains(LefiVersion.latest().wireValue());
        }
        assertThat(e.statusCode()).hasValue(fault.status());
        assertTriedOnce(e);
        assertNoPersonnummer(e);
    }
}
