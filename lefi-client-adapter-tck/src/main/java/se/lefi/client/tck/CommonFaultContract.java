package se.lefi.client.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import se.lefi.client.LefiBusinessException;
import se.lefi.client.LefiException;
import se.lefi.client.LefiTechnicalException;

/**
 * Checks, for any wire format, that a version's error answers end in the right exception: a
 * business error is a {@link LefiBusinessException}, never retried; a technical error a retryable
 * {@link LefiTechnicalException}; and every further error answer the version declares
 * ({@link VersionUnderTest#statusFaults()}, e.g. version 9's 403, 429, 502, 503, 504 and bodies
 * that are not its JSON) the exception it names. Each exception carries the HTTP status, the
 * number of attempts, the service's error code where the version has codes, and the query's
 * correlation id, and its message shows no personnummer even when the service's message quoted one.
 *
 * <p>Every version extends it, directly (version 9) or through {@link FaultContract} (the SOAP
 * versions, which add "version not supported").
 *
 * <pre>{@code
 * @Nested
 * class Faults extends CommonFaultContract {
 *     protected VersionUnderTest versionUnderTest() { return V9; }
 * }
 * }</pre>
 */
public abstract class CommonFaultContract extends ContractHarness {

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
    void fetch_whenTheServiceMessageQuotesThePersonnummer_throwsWithTheNumberMasked() {
        String digits = versionUnderTest().expectedTypicalAnswer().personnummer();
        serve(versionUnderTest().businessFault("Personen " + digits + " (" + digits.substring(2) + ") saknas."));

        LefiBusinessException e = thrownBy(LefiBusinessException.class, () -> canonicalQuery().fetch());

        assertNoPersonnummer(e);
        assertThat(e.getMessage()).as("the service's message, masked")
                .contains(digits.substring(0, 8) + "-****").contains("saknas");
        assertThat(e.toString()).doesNotContain(digits).doesNotContain(digits.substring(2));
    }

    @TestFactory
    Stream<DynamicTest> fetch_whenEachDeclaredErrorAnswer_throwsTheExpectedExceptionRetriedOrNot() {
        return versionUnderTest().statusFaults().stream().map(expected -> DynamicTest.dynamicTest(expected.toString(),
                () -> {
                    resetServer();
                    serve(expected.answer());

                    LefiException e = thrownBy(expected.type(), () -> canonicalQuery().fetch());

                    assertThat(e.retryable()).as("retryable").isEqualTo(expected.retryable());
                    assertThat(e.statusCode()).hasValue(expected.answer().status());
                    assertThat(e.correlationId()).contains(CORRELATION_ID);
                    int attempts = expected.retryable() ? ATTEMPTS : 1;
                    assertThat(e.attempts()).as("attempts").isEqualTo(attempts);
                    assertThat(queryRequests()).as("requests the server received").hasSize(attempts);
                    assertNoPersonnummer(e);
                }));
    }

    final void assertTriedOnce(LefiException e) {
        assertThat(e.attempts()).as("attempts").isEqualTo(1);
        assertThat(queryRequests()).as("requests the server received").hasSize(1);
    }

    final void assertNoPersonnummer(LefiException e) {
        String digits = versionUnderTest().expectedTypicalAnswer().personnummer();
        assertThat(e.getMessage()).doesNotContain(digits).doesNotContain(digits.substring(2));
    }
}
