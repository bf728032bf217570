package se.lefi.client.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import se.lefi.client.Benefit;

/**
 * Describes a claim (ansökan) for a benefit of Pensionsmyndigheten, as version 9 delivers it
 * ({@code ansprak}); the SOAP versions have none.
 *
 * <pre>{@code
 * for (PensionClaim c : info.claims()) {
 *     System.out.println(c.benefit() + " received " + c.received().orElse(null));
 * }
 * }</pre>
 *
 * @param benefit the group claimed ({@link Benefit#fromCode}); UNKNOWN for a code this SDK does not know
 * @param group the group as delivered, code and description
 * @param id the claim's id as delivered, empty when none came
 * @param received the day the claim arrived
 * @param claimedPeriod the period claimed; its end may be open
 * @param details everything delivered, as raw wire data
 */
public record PensionClaim(Benefit benefit, Code group, String id, Optional<LocalDate> received,
        Optional<DatePeriod> claimedPeriod, Details details) {

    /** Validates the components. */
    public PensionClaim {
        Objects.requireNonNull(benefit, "benefit");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(claimedPeriod, "claimedPeriod");
        Objects.requireNonNull(details, "details");
    }

    /**
     * Returns a builder holding this claim's values, to change some of them.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return builder(group).benefit(benefit).id(id).received(received.orElse(null))
                .claimedPeriod(claimedPeriod.orElse(null)).details(details);
    }

    /**
     * Returns a builder for a claim of the given group; everything else starts empty.
     *
     * <pre>{@code
     * PensionClaim claim = PensionClaim.builder(Code.of("PM:AP")).id("A1").received(LocalDate.now()).build();
     * }</pre>
     *
     * @param group the group's code as delivered
     * @return the builder
     */
    public static Builder builder(Code group) {
        return new Builder(group);
    }

    /** Builds a {@link PensionClaim}; not thread-safe. */
    public static final class Builder {
        private final Code group;
        private Benefit benefit;
        private String id = "";
        private LocalDate received;
        private DatePeriod claimedPeriod;
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
         * Sets the claim's id.
         *
         * @param id the id, or null for none
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id == null ? "" : id;
            return this;
        }

        /**
         * Sets the day the claim arrived.
         *
         * @param day the day, or null when unknown
         * @return this builder
         */
        public Builder received(LocalDate day) {
            this.received = day;
            return this;
        }

        /**
         * Sets the period claimed.
         *
         * @param period the period, or null when none came
         * @return this builder
         */
        public Builder claimedPeriod(DatePeriod period) {
            this.claimedPeriod = period;
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

        /** Returns the claim. */
        public PensionClaim build() {
            return new PensionClaim(benefit == null ? Benefit.fromCode(group.id()) : benefit, group, id, Optional.ofNullable(received),
                    Optional.ofNullable(claimedPeriod), details);
        }
    }
}
