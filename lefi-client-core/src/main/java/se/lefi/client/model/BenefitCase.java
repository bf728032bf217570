package se.lefi.client.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.lefi.client.Benefit;

/**
 * Describes one case (ärende) of a benefit, whatever the benefit, with its decisions.
 *
 * <p>{@link #type()} names the contract list the case came in (for benefits with several kinds of
 * case, such as underhållsstöd or the livräntor); {@link #details()} holds everything else the
 * service delivered beyond the typed components, such as grunduppgifter. {@code details()} is raw
 * wire data by the element names of the version that answered ({@link BenefitInformation#version()}):
 * outside the compatibility promise, since a later version may name or shape it differently.
 *
 * <p>To build one in a test, use {@link #builder(Benefit)}: the canonical constructor grows when a
 * later release adds a component.
 *
 * <pre>{@code
 * info.cases().stream()
 *     .filter(c -> c.benefit() == Benefit.SJUKPENNING && c.active())
 *     .flatMap(c -> c.decisions().stream())
 *     ...
 * }</pre>
 *
 * @param benefit the benefit group
 * @param type the contract's name of the case list, e.g. {@code sjukpenningarende}
 * @param started when the case started (about when the application came in)
 * @param active true for an active case
 * @param rejected true when the case was rejected (avslaget); false when not said
 * @param decisions the decisions, in delivered order
 * @param details everything delivered about the case, by contract name
 * @param steplessSettlement the steglös avräkning of a sjuk- or aktivitetsersättning case, when delivered
 * @param claimedDays the claimed days (anspråksdagar) of a föräldrapenning case, with date, level and extent
 */
public record BenefitCase(Benefit benefit, String type, Optional<LocalDate> started, boolean active, boolean rejected,
        List<Decision> decisions, Details details, Optional<SteplessSettlement> steplessSettlement,
        List<BenefitDay> claimedDays) {

    /** Copies and validates the components. */
    public BenefitCase {
        Objects.requireNonNull(benefit, "benefit");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(started, "started");
        decisions = List.copyOf(decisions);
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(steplessSettlement, "steplessSettlement");
        claimedDays = List.copyOf(claimedDays);
    }

    /**
     * Returns a builder for a case of a group; what is not set is empty or false.
     *
     * <pre>{@code
     * BenefitCase c = BenefitCase.builder(Benefit.SJUKPENNING).active(true).decisions(List.of(d)).build();
     * }</pre>
     *
     * @param benefit the benefit group
     * @return the builder
     */
    public static Builder builder(Benefit benefit) {
        return new Builder(benefit);
    }

    /**
     * Returns a builder holding this case's values, to derive a changed copy.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new Builder(benefit).type(type).started(started.orElse(null)).active(active).rejected(rejected)
                .decisions(decisions).details(details).steplessSettlement(steplessSettlement.orElse(null))
                .claimedDays(claimedDays);
    }

    /**
     * Builds a {@link BenefitCase}.
     *
     * <pre>{@code
     * BenefitCase c = BenefitCase.builder(Benefit.FORALDRAPENNING).type("foraldrapenningarende").build();
     * }</pre>
     */
    public static final class Builder {
        private final Benefit benefit;
        private String type = "";
        private LocalDate started;
        private boolean active;
        private boolean rejected;
        private List<Decision> decisions = List.of();
        private Details details = Details.empty();
        private SteplessSettlement steplessSettlement;
        private List<BenefitDay> claimedDays = List.of();

        private Builder(Benefit benefit) {
            this.benefit = BuilderArguments.required(benefit, "benefit");
        }

        /**
         * Sets the name of the case list.
         *
         * @param type the list's name
         * @return this builder
         */
        public Builder type(String type) {
            this.type = BuilderArguments.required(type, "type");
            return this;
        }

        /**
         * Sets when the case started.
         *
         * @param day the day, or null for not delivered
         * @return this builder
         */
        public Builder started(LocalDate day) {
            this.started = day;
            return this;
        }

        /**
         * Sets whether the case is active.
         *
         * @param active true for an active case
         * @return this builder
         */
        public Builder active(boolean active) {
            this.active = active;
            return this;
        }

        /**
         * Sets whether the case was rejected.
         *
         * @param rejected true for a rejected case
         * @return this builder
         */
        public Builder rejected(boolean rejected) {
            this.rejected = rejected;
            return this;
        }

        /**
         * Sets the decisions.
         *
         * @param decisions the decisions, in order
         * @return this builder
         */
        public Builder decisions(List<Decision> decisions) {
            this.decisions = BuilderArguments.list(decisions, "decisions");
            return this;
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
         * Sets the steglös avräkning.
         *
         * @param settlement the settlement, or null for none
         * @return this builder
         */
        public Builder steplessSettlement(SteplessSettlement settlement) {
            this.steplessSettlement = settlement;
            return this;
        }

        /**
         * Sets the claimed days.
         *
         * @param days the days, in order
         * @return this builder
         */
        public Builder claimedDays(List<BenefitDay> days) {
            this.claimedDays = BuilderArguments.list(days, "days");
            return this;
        }

        /**
         * Returns the case.
         *
         * @return the case
         */
        public BenefitCase build() {
            return new BenefitCase(benefit, type, Optional.ofNullable(started), active, rejected, decisions, details,
                    Optional.ofNullable(steplessSettlement), claimedDays);
        }
    }
}
