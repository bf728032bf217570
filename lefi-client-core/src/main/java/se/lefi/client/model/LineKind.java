package se.lefi.client.model;

/**
 * Tells what a payment row is: a compensation, a tax or another deduction.
 *
 * <pre>{@code
 * payment.lines().stream().filter(l -> l.kind() == LineKind.TAX)
 * }</pre>
 */
public enum LineKind {
    /** A compensation row: adds to the gross amount. */
    COMPENSATION,
    /** A tax row (preliminär skatt, särskild inkomstskatt): subtracted. */
    TAX,
    /** Any other deduction (utmätning, kvittning, ...): subtracted. */
    DEDUCTION
}
