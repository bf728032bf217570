package se.lefi.client.model;

/**
 * Names the authority that makes a payment, from the payment's {@code foretag}.
 *
 * <pre>{@code
 * if (payment.payer() == Payer.PENSIONSMYNDIGHETEN) { ... }
 * }</pre>
 */
public enum Payer {
    /** Försäkringskassan (foretag 1001). */
    FORSAKRINGSKASSAN,
    /** Pensionsmyndigheten (foretag 1003). */
    PENSIONSMYNDIGHETEN,
    /** Any other or a missing foretag. */
    UNKNOWN
}
