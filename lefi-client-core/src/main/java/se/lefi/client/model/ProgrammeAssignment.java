package se.lefi.client.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Describes an assignment to a labour-market programme, whichever list the answering version
 * delivered it in.
 *
 * <pre>{@code
 * info.programmes().forEach(p -> System.out.println(p.programme().description()));
 * }</pre>
 *
 * <p>To build one in a test, use {@link #builder}: a later release may add components to the
 * canonical constructor, which is outside the compatibility promise, while code that uses the
 * builder keeps compiling.
 *
 * @param programme the programme code (e.g. 53 Jobb- och utvecklingsgaranti)
 * @param period the period of the assignment; either end may be open
 * @param extent the extent (omfattning), delivered from 5.1
 */
public record ProgrammeAssignment(Code programme, Optional<DatePeriod> period, Optional<Fraction> extent) {

    /**
     * Validates the components. Tests and users should prefer {@link #builder}: this constructor
     * gains a parameter whenever a later release adds a component.
     *
     * @param programme the programme code (e.g. 53 Jobb- och utvecklingsgaranti)
     * @param period the period of the assignment; either end may be open
     * @param extent the extent (omfattning), delivered from 5.1
     */
    public ProgrammeAssignment {
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(extent, "extent");
    }

    /**
     * Returns a builder for an assignment to the given programme; period and extent are empty until set.
     *
     * @param programme the programme code
     * @return the builder
     * @throws IllegalArgumentException if programme is null
     */
    public static Builder builder(Code programme) {
        return new Builder(programme);
    }

    /**
     * Returns a builder holding this value's components, to derive a changed copy.
     *
     * @return a builder that builds an equal value until something is set
     */
    public Builder toBuilder() {
        return new Builder(programme)
                .period(period.orElse(null))
                .extent(extent.orElse(null));
    }

    /**
     * Builds a {@link ProgrammeAssignment}.
     *
     * <pre>{@code
     * ProgrammeAssignment job = ProgrammeAssignment.builder(new Code("53", "Jobb- och utvecklingsgaranti"))
     *         .period(DatePeriod.of(LocalDate.of(2021, 1, 4), LocalDate.of(2021, 6, 30)))
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        private final Code programme;
        private DatePeriod period;
        private Fraction extent;

        private Builder(Code programme) {
            this.programme = BuilderArguments.required(programme, "programme");
        }

        /**
         * Sets the period of the assignment, or clears it with null.
         *
         * @param period the period of the assignment, or null for none
         * @return this builder
         */
        public Builder period(DatePeriod period) {
            this.period = period;
            return this;
        }

        /**
         * Sets the extent (omfattning), or clears it with null.
         *
         * @param extent the extent (omfattning), or null for none
         * @return this builder
         */
        public Builder extent(Fraction extent) {
            this.extent = extent;
            return this;
        }

        /**
         * Returns the value the builder holds; the builder can go on to build others.
         *
         * @return the new {@link ProgrammeAssignment}
         */
        public ProgrammeAssignment build() {
            return new ProgrammeAssignment(programme, Optional.ofNullable(period), Optional.ofNullable(extent));
        }
    }
}
