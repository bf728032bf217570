package se.lefi.client.internal.formansinformation;

/**
 * Thrown while decoding when an answer's content breaks the contract in a way no tolerance rule
 * covers (a payment row without an amount, an invalid personnummer); becomes a
 * {@link se.lefi.client.LefiProtocolException}.
 */
public final class MalformedAnswerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, without personal data
     */
    public MalformedAnswerException(String message) {
        super(message);
    }
}
