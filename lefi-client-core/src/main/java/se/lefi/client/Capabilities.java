package se.lefi.client;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Tells what the contract version a client speaks can answer, so that version-neutral code asks
 * only for what the configured version offers, without comparing versions.
 *
 * <pre>{@code
 * Capabilities can = client.capabilities();
 * BenefitInformation info = client.query(pnr)
 *         .period(from, to)
 *         .benefits(Benefit.SJUKPENNING)
 *         .payments(Benefit.SJUKPENNING)
 *         .preliminaryPayments(can.preliminaryPaymentsAmong(Benefit.SJUKPENNING))   // none on 5.x
 *         .fetch();
 * }</pre>
 *
 * @param version the version described
 * @param benefits the groups whose case and other information the version can be asked for
 * @param payments the groups whose executed payments the version can be asked for
 * @param preliminaryPayments the groups whose preliminary payments the version can be asked for
 * @param availableInformationTypes whether the version can tell what the organisation may ask for
 *     ({@link LefiClient#availableInformationTypes()})
 */
public record Capabilities(LefiVersion version, Set<Benefit> benefits, Set<Benefit> payments,
        Set<Benefit> preliminaryPayments, boolean availableInformationTypes) {

    /** Copies and validates the components. */
    public Capabilities {
        Objects.requireNonNull(version, "version");
        benefits = immutable(benefits);
        payments = immutable(payments);
        preliminaryPayments = immutable(preliminaryPayments);
    }

    private static Set<Benefit> immutable(Set<Benefit> set) {
        return set.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(set));
    }

    /** Tells whether the version answers case or other information of the group. */
    public boolean supportsBenefit(Benefit benefit) {
        return benefits.contains(benefit);
    }

    /** Tells whether the version answers executed payments of the group. */
    public boolean supportsPayments(Benefit benefit) {
        return payments.contains(benefit);
    }

    /** Tells whether the version answers preliminary payments of the group. */
    public boolean supportsPreliminaryPayments(Benefit benefit) {
        return preliminaryPayments.contains(benefit);
    }

    /**
     * Returns those of the groups whose preliminary payments the version answers, in the order given.
     *
     * @param wanted the groups the caller would like
     * @return the supported ones; empty on a version without preliminary payments
     */
    public Benefit[] preliminaryPaymentsAmong(Benefit... wanted) {
        return among(preliminaryPayments, wanted);
    }

    /**
     * Returns those of the groups whose case or other information the version answers, in the order given.
     *
     * @param wanted the groups the caller would like
     * @return the supported ones
     */
    public Benefit[] benefitsAmong(Benefit... wanted) {
        return among(benefits, wanted);
    }

    /**
     * Returns those of the groups whose executed payments the version answers, in the order given.
     *
     * @param wanted the groups the caller would like
     * @return the supported ones
     */
    public Benefit[] paymentsAmong(Benefit... wanted) {
        return among(payments, wanted);
    }

    private static Benefit[] among(Set<Benefit> supported, Benefit... wanted) {
        if (wanted == null) {
            throw new IllegalArgumentException("the groups must not be null");
        }
        List<Benefit> kept = Arrays.stream(wanted).filter(supported::contains).toList();
        return kept.toArray(new Benefit[0]);
    }
}
