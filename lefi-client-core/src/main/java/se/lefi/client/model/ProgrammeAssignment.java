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
 * @param programme the programme code (e.g. 53 Jobb- och utvecklingsgaranti)
 * @param period the period of the assignment; either end may be open
 * @param extent the extent (omfattning), delivered from 5.1
 */
public record ProgrammeAssignment(Code programme, Optional<DatePeriod> period, Optional<Fraction> extent) {

    /** Validates the components. */
    public ProgrammeAssignment {
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(extent, "extent");
    }
}
