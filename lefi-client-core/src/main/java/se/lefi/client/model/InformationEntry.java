package se.lefi.client.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import se.lefi.client.Benefit;

/**
 * Holds one entry of a list that is neither a case nor a payment: pension earnings and balances
 * (intjänande), sjukpenninggrundande inkomst, studiemedelsavisering, levnadsintyg, underhållsskuld.
 *
 * <pre>{@code
 * info.entries(Benefit.INTJANANDE).stream()
 *     .flatMap(e -> e.premiepensionAmount().stream())
 *     ...
 * }</pre>
 *
 * <p>{@code details()} is raw wire data by the element names of the version that answered:
 * outside the compatibility promise. To build an entry in a test, use {@link #builder(Benefit, String)}.
 *
 * @param benefit the benefit group the entry belongs to
 * @param type the contract's name of the list, e.g. {@code intjanandebehallning}
 * @param details everything delivered, by contract name
 * @param year the year the entry is about (pension earnings), when delivered
 * @param amount the entry's amount in kronor (a pension balance, a maintenance debt), when delivered
 * @param premiepensionAmount the premiepension part of a pension balance, when delivered
 * @param steplessSettlement one year's steglös avräkning, for the entries of version 9's lists of it
 *        (in 5.x and 6.0 it is part of the sjuk- or aktivitetsersättning case,
 *        {@link BenefitCase#steplessSettlement()}); {@link BenefitInformation#steplessSettlements()}
 *        reads both
 */
public record InformationEntry(Benefit benefit, String type, Details details, OptionalInt year,
        Optional<BigDecimal> amount, Optional<BigDecimal> premiepensionAmount,
        Optional<SteplessSettlement> steplessSettlement) {

    /** Validates the components. */
    public InformationEntry {
        Objects.requireNonNull(benefit, "benefit");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(premiepensionAmount, "premiepensionAmount");
        Objects.requireNonNull(steplessSettlement, "steplessSettlement");
    }

    /**
     * Returns a builder for an entry of a list; what is not set is empty.
     *
     * <pre>{@code
     * InformationEntry e = InformationEntry.builder(Benefit.INTJANANDE, "intjanandebehallning")
     *         .amount(new BigDecimal("812000")).build();
     * }</pre>
     *
     * @param benefit the benefit group
     * @param type the list's name
     * @return the builder
     */
    public static Builder builder(Benefit benefit, String type) {
        return new Builder(benefit, type);
    }

    /**
     * Returns a builder holding this entry's values, to derive a changed copy.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new Builder(benefit, type).details(details).year(year.isPresent() ? year.getAsInt() : null)
                .amount(amount.orElse(null)).premiepensionAmount(premiepensionAmount.orElse(null))
                .steplessSettlement(steplessSettlement.orElse(null));
    }

    /**
     * Builds an {@link InformationEntry}.
     *
     * <pre>{@code
     * InformationEntry e = InformationEntry.builder(Benefit.INTJANANDE, "intjanandeuppgift").year(2024).build();
     * }</pre>
     */
    public static final class Builder {
        private final Benefit benefit;
        private final String type;
        private Details details = Details.empty();
        private Integer year;
        private BigDecimal amount;
        private BigDecimal premiepensionAmount;
        private SteplessSettlement steplessSettlement;

        private Builder(Benefit benefit, String type) {
            this.benefit = BuilderArguments.required(benefit, "benefit");
            this.type = BuilderArguments.required(type, "type");
        }

        /**
         * Sets the raw details.
         *
         * @param details the details
         * @return this builder
         */
        public Builder details(Details details) {
            this.details = BuilderArguments.required(details, "details");
            return this;
        }

        /**
         * Sets the year.
         *
         * @param year the year, or null for none
         * @return this builder
         */
        public Builder year(Integer year) {
            this.year = year;
            return this;
        }

        /**
         * Sets the amount.
         *
         * @param amount the amount in kronor, or null for none
         * @return this builder
         */
        public Builder amount(BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /**
         * Sets the premiepension part.
         *
         * @param amount the amount in kronor, or null for none
         * @return this builder
         */
        public Builder premiepensionAmount(BigDecimal amount) {
            this.premiepensionAmount = amount;
            return this;
        }

        /**
         * Sets the steglös avräkning the entry holds.
         *
         * @param settlement the settlement, or null for none
         * @return this builder
         */
        public Builder steplessSettlement(SteplessSettlement settlement) {
            this.steplessSettlement = settlement;
            return this;
        }

        /**
         * Returns the entry.
         *
         * @return the entry
         */
        public InformationEntry build() {
            return new InformationEntry(benefit, type, details, year == null ? OptionalInt.empty() : OptionalInt.of(year),
                    Optional.ofNullable(amount), Optional.ofNullable(premiepensionAmount),
                    Optional.ofNullable(steplessSettlement));
        }
    }
}
