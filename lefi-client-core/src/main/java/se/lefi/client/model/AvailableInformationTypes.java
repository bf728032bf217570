package se.lefi.client.model;

import java.util.List;
import se.lefi.client.Benefit;

/**
 * Lists what the organisation may ask the service for, by request list, as a version that has
 * such an operation (version 9) answers it; no personal data is involved.
 *
 * <pre>{@code
 * AvailableInformationTypes may = client.availableInformationTypes();
 * if (may.benefits().contains(Benefit.SJUKPENNING)) { ... }
 * }</pre>
 *
 * <p>To build one in a test, use {@link #builder}: a later release may add components to the
 * canonical constructor, which is outside the compatibility promise, while code that uses the
 * builder keeps compiling.
 *
 * @param benefits groups whose case information may be asked for
 * @param claims groups whose claims may be asked for (Pensionsmyndigheten)
 * @param decisions groups whose decisions may be asked for (Pensionsmyndigheten)
 * @param preliminaryPayments groups whose preliminary payments may be asked for
 * @param payments groups whose executed payments may be asked for
 * @param otherInformation types of other information that may be asked for
 * @param codes every entry as delivered, code and description, including codes this SDK does not
 *     know (which appear as {@link Benefit#UNKNOWN} in the lists above)
 */
public record AvailableInformationTypes(List<Benefit> benefits, List<Benefit> claims, List<Benefit> decisions,
        List<Benefit> preliminaryPayments, List<Benefit> payments, List<Benefit> otherInformation, List<Code> codes) {

    /**
     * Copies the components. Tests and users should prefer {@link #builder}: this constructor
     * gains a parameter whenever a later release adds a component.
     *
     * @param benefits groups whose case information may be asked for
     * @param claims groups whose claims may be asked for (Pensionsmyndigheten)
     * @param decisions groups whose decisions may be asked for (Pensionsmyndigheten)
     * @param preliminaryPayments groups whose preliminary payments may be asked for
     * @param payments groups whose executed payments may be asked for
     * @param otherInformation types of other information that may be asked for
     * @param codes every entry as delivered, code and description, including codes this SDK does not know
     *     (which appear as {@link Benefit#UNKNOWN} in the lists above)
     */
    public AvailableInformationTypes {
        benefits = List.copyOf(benefits);
        claims = List.copyOf(claims);
        decisions = List.copyOf(decisions);
        preliminaryPayments = List.copyOf(preliminaryPayments);
        payments = List.copyOf(payments);
        otherInformation = List.copyOf(otherInformation);
        codes = List.copyOf(codes);
    }

    /**
     * Returns a builder for the available information types; every list is empty until set.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this value's components, to derive a changed copy.
     *
     * @return a builder that builds an equal value until something is set
     */
    public Builder toBuilder() {
        return new Builder()
                .benefits(benefits)
                .claims(claims)
                .decisions(decisions)
                .preliminaryPayments(preliminaryPayments)
                .payments(payments)
                .otherInformation(otherInformation)
                .codes(codes);
    }

    /**
     * Builds {@link AvailableInformationTypes}.
     *
     * <pre>{@code
     * AvailableInformationTypes may = AvailableInformationTypes.builder()
     *         .benefits(List.of(Benefit.SJUKPENNING)).payments(List.of(Benefit.SJUKPENNING))
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        private List<Benefit> benefits = List.of();
        private List<Benefit> claims = List.of();
        private List<Benefit> decisions = List.of();
        private List<Benefit> preliminaryPayments = List.of();
        private List<Benefit> payments = List.of();
        private List<Benefit> otherInformation = List.of();
        private List<Code> codes = List.of();

        private Builder() {
        }

        /**
         * Sets the groups whose case information may be asked for, replacing those set before.
         *
         * @param benefits the groups whose case information may be asked for
         * @return this builder
         * @throws IllegalArgumentException if the list is null or holds a null
         */
        public Builder benefits(List<Benefit> benefits) {
            this.benefits = BuilderArguments.list(benefits, "benefits");
            return this;
        }

        /**
         * Sets the groups whose claims may be asked for, replacing those set before.
         *
         * @param claims the groups whose claims may be asked for
         * @return this builder
         * @throws IllegalArgumentException if the list is null or holds a null
         */
        public Builder claims(List<Benefit> claims) {
            this.claims = BuilderArguments.list(claims, "claims");
            return this;
        }

        /**
         * Sets the groups whose decisions may be asked for, replacing those set before.
         *
         * @param decisions the groups whose decisions may be asked for
         * @return this builder
         * @throws IllegalArgumentException if the list is null or holds a null
         */
        public Builder decisions(List<Benefit> decisions) {
            this.decisions = BuilderArguments.list(decisions, "decisions");
            return this;
        }

        /**
         * Sets the groups whose preliminary payments may be asked for, replacing those set before.
         *
         * @param preliminaryPayments the groups whose preliminary payments may be asked for
         * @return this builder
         * @throws IllegalArgumentException if the list is null or holds a null
         */
        public Builder preliminaryPayments(List<Benefit> preliminaryPayments) {
            this.preliminaryPayments = BuilderArguments.list(preliminaryPayments, "preliminaryPayments");
            return this;
        }

        /**
         * Sets the groups whose executed payments may be asked for, replacing those set before.
         *
         * @param payments the groups whose executed payments may be asked for
         * @return this builder
         * @throws IllegalArgumentException if the list is null or holds a null
         */
        public Builder payments(List<Benefit> payments) {
            this.payments = BuilderArguments.list(payments, "payments");
            return this;
        }

        /**
         * Sets the types of other information that may be asked for, replacing those set before.
         *
         * @param otherInformation the types of other information that may be asked for
         * @return this builder
         * @throws IllegalArgumentException if the list is null or holds a null
         */
        public Builder otherInformation(List<Benefit> otherInformation) {
            this.otherInformation = BuilderArguments.list(otherInformation, "otherInformation");
            return this;
        }

        /**
         * Sets every entry as delivered, replacing those set before.
         *
         * @param codes every entry as delivered
         * @return this builder
         * @throws IllegalArgumentException if the list is null or holds a null
         */
        public Builder codes(List<Code> codes) {
            this.codes = BuilderArguments.list(codes, "codes");
            return this;
        }

        /**
         * Returns the value the builder holds; the builder can go on to build others.
         *
         * @return the new {@link AvailableInformationTypes}
         */
        public AvailableInformationTypes build() {
            return new AvailableInformationTypes(benefits, claims, decisions, preliminaryPayments, payments,
                    otherInformation, codes);
        }
    }
}
