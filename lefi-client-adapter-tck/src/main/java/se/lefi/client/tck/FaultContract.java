package se.lefi.client.tck;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.lefi.client.LefiBusinessException;
import se.lefi.client.LefiException;
import se.lefi.client.LefiTechnicalException;
import se.lefi.client.LefiVersion;

/**
 * Checks, for any wire format, that a version's error answers end in the right exception: a
 * business error is a {@link LefiBusinessException}, never retried; a technical error a retryable
 * {@link LefiTechnicalException}; "version not supported" a technical error that is not retried and
 * says where to move. Each exception carries the HTTP status, the number of attempts, the service's
 * error code where the version has codes, and the query's correlation id, and its message shows no
 * personnummer even when the service's message quoted one.
 *
 * <p>A version module extends it and answers {@link #versionUnderTest()} with its own error answers.
 *
 * <pre>{@code
 * @Nested
 * class Faults extends FaultContract {
 *     protected VersionUnderTest versionUnderTest() { return V6; }
 * }
 * }</pre>
 */
public abstract class FaultContract extends ContractHarness {

    @Test
    void fetch_whenBusinessFault_throwsNonRetryableBusinessException() {
        WireAnswer fault = versionUnderTest().businessFault();
        serve(fault);

        LefiBusinessException e = thrownBy(LefiBusinessException.class, () -> canonicalQuery().fetch());

        assertThat(e.retryable()).isFalse();
        assertThat(e.errorCode()).isEqualTo(versionUnderTest().errorCode(fault));
        assertThat(e.correlationId()).contains(CORRELATION_ID);
        assertThat(e.statusCode()).hasValue(fault.status());
        assertTriedOnce(e);
        assertNoPersonnummer(e);
    }

    @Test
    void fetch_whenTechnicalFault_throwsRetryableTechnicalExceptionAfterEveryAttempt() {
        WireAnswer fault = versionUnderTest().technicalFault();
        serve(fault);

        LefiTechnicalException e = thrownBy(LefiTechnicalException.class, () -> canonicalQuery().fetch());

        assertThat(e.retryable()).isTrue();
        assertThat(e.errorCode()).isEqualTo(versionUnderTest().errorCode(fault));
        assertThat(e.legacyErrorType()).isEmpty();
        assertThat(e.correlationId()).contains(CORRELATION_ID);
        assertThat(e.statusCode()).hasValue(fault.status());
        assertThat(e.attempts()).isEqualTo(ATTEMPTS);
        assertThat(queryRequests()).hasSize(ATTEMPTS);
        assertNoPersonnummer(e);
    }

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

    @Test
    void fetch_whenTheServiceMessageQuotesThePersonnummer_throwsWithTheNumberMasked() {
        String digits = versionUnderTest().expectedTypicalAnswer().personnummer();
        serve(versionUnderTest().businessFault("Personen " + digits + " (" + digits.substring(2) + ") saknas."));

        LefiBusinessException e = thrownBy(LefiBusinessException.class, () -> canonicalQuery().fetch());

        assertNoPersonnummer(e);
        assertThat(e.getMessage()).as("the service's message, masked")
                .contains(digits.substring(0, 8) + "-****").contains("saknas");
        assertThat(e.toString()).doesNotContain(digits).doesNotContain(digits.substring(2));
    }

    private void assertTriedOnce(LefiException e) {
        assertThat(e.attempts()).as("attempts").isEqualTo(1);
        assertThat(queryRequests()).as("requests the server received").hasSize(1);
    }

    private void assertNoPersonnummer(LefiException e) {
        String digits = versionUnderTest().expectedTypicalAnswer().personnummer();
        assertThat(e.getMessage()).doesNotContain(digits).doesNotContain(digits.substring(2));
    }
}
