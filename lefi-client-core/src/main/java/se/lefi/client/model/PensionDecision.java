package se.lefi.client.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.lefi.client.Benefit;

/**
 * Describes a decision of Pensionsmyndigheten on a benefit, as version 9 delivers it
 * ({@code beslut}); the SOAP versions have none.
 *
 * <pre>{@code
 * for (PensionDecision d : info.pensionDecisions()) {
 *     d.awards().forEach(a -> System.out.println(d.benefit() + " " + a.amount() + " per " + a.frequency().map(Code::id).orElse("?")));
 * }
 * }</pre>
 *
 * @param benefit the group decided on ({@link Benefit#fromCode}); UNKNOWN for a code this SDK does not know
 * @param group the group as delivered, code and description
 * @param id the decision's id as delivered, empty when none came
 * @param decided the day of the decision
 * @param status the status as delivered ({@code INTERIMISTISKT}, {@code PRELIMINART}, {@code SLUTLIGT}, ...)
 * @param outcome the outcome as delivered ({@code BIFALL}, {@code AVSLAG}, ...)
 * @param awards the compensation decided, one per type and period
 * @param details everything delivered, as raw wire data (including {@code tillagg})
 */
public record PensionDecision(Benefit benefit, Code group, String id, Optional<LocalDate> decided,
        Optional<Code> status, Optional<Code> outcome, List<PensionAward> awards, Details details) {

    /** Copies and validates the components. */
    public PensionDecision {
        Objects.requireNonNull(benefit, "benefit");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(decided, "decided");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(outcome, "outcome");
        awards = List.copyOf(awards);
        Objects.requireNonNull(details, "details");
    }

    /**
     * Returns a builder holding this decision's values, to change some of them.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return builder(group).benefit(benefit).id(id).decided(decided.orElse(null)).status(status.orElse(null))
                .outcome(outcome.orElse(null)).awards(awards).details(details);
    }

    /**
     * Returns a builder for a decision on the given group; everything else starts empty.
     *
     * <pre>{@code
     * PensionDecision d = PensionDecision.builder(Code.of("PM:AP")).status(Code.of("SLUTLIGT")).build();
     * }</pre>
     *
     * @param group the group's code as delivered
     * @return the builder
     */
    public static Builder builder(Code group) {
        return new Builder(group);
    }

    /** Builds a {@link PensionDecision}; not thread-safe. */
    public static final class Builder {
        private final Code group;
        private Benefit benefit;
        private String id = "";
        private LocalDate decided;
        private Code status;
        private Code outcome;
        private List<PensionAward> awards = List.of();
        private Details details = Details.empty();

        private Builder(Code group) {
            this.group = BuilderArguments.required(group, "group");
        }

        /**
         * Sets the group as a {@link Benefit}; by default {@link Benefit#fromCode} of the group's code.
         *
         * @param benefit the group
         * @return this builder
         */
        public Builder benefit(Benefit benefit) {
            this.benefit = BuilderArguments.required(benefit, "benefit");
            return this;
        }

        /**
         * Sets the decision's id.
         *
         * @param id the id, or null for none
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id == null ? "" : id;
            return this;
        }

        /**
         * Sets the day of the decision.
         *
         * @param day the day, or null when unknown
         * @return this builder
         */
        public Builder decided(LocalDate day) {
            this.decided = day;
            return this;
        }

        /**
         * Sets the status.
         *
         * @param status the status as delivered, or null
         * @return this builder
         */
        public Builder status(Code status) {
            this.status = status;
            return this;
        }

        /**
         * Sets the outcome.
         *
         * @param outcome the outcome as delivered, or null
         * @return this builder
         */
        public Builder outcome(Code outcome) {
            this.outcome = outcome;
            return this;
        }

        /**
         * Sets the compensation decided.
         *
         * @param awards the awards, in delivered order
         * @return this builder
         */
        public Builder awards(List<PensionAward> awards) {
            this.awards = BuilderArguments.list(awards, "awards");
            return this;
        }

        /**
         * Sets the raw wire data.
         *
         * @param details the details
         * @return this builder
         */
        public Builder details(Details details) {
            this.details = BuilderArguments.required(details, "details");
            return this;
        }

        /** Returns the decision. */
        public PensionDecision build() {
            return new PensionDecision(benefit == null ? Benefit.fromCode(group.id()) : benefit, group, id, Optional.ofNullable(decided),
                    Optional.ofNullable(status), Optional.ofNullable(outcome), awards, details);
        }
    }
}
