package se.lefi.client.model;

/**
 * Tells whether a payment has been executed or is only registered (preliminary).
 *
 * <pre>{@code
 * info.payments().stream().filter(p -> p.status() == PaymentStatus.PRELIMINARY)
 * }</pre>
 */
public enum PaymentStatus {
    /** An executed payment (verkställd utbetalning). */
    EXECUTED,
    /** A preliminary payment: registered after a decision, not yet executed (6.0 and later). */
    PRELIMINARY
}
