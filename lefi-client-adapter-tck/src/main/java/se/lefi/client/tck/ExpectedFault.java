package se.lefi.client.tck;

import java.util.Objects;
import se.lefi.client.LefiException;

/**
 * Pairs one error answer of a version with the exception the client must end in: its type and
 * whether it is retried. {@link CommonFaultContract} serves each and checks type, retries, HTTP
 * status, correlation id and that no personnummer shows.
 *
 * <pre>{@code
 * new ExpectedFault(WireAnswer.fromResource(getClass(), "/samples/9/15-felsvar-503.json", 503, "application/json"),
 *         LefiTransportException.class, true);
 * }</pre>
 *
 * @param answer the error answer as the service (or a gateway before it) sends it
 * @param type the exception type the call must throw (or a supertype of it)
 * @param retryable whether the exception is retryable, so tried {@link ContractHarness#ATTEMPTS} times
 */
public record ExpectedFault(WireAnswer answer, Class<? extends LefiException> type, boolean retryable) {

    /** Validates the components. */
    public ExpectedFault {
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(type, "type");
    }

    @Override
    public String toString() {
        return "HTTP " + answer.status() + " " + answer.contentType() + " (" + answer.name() + ") → "
                + type.getSimpleName() + (retryable ? ", retried" : ", not retried");
    }
}
