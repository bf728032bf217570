package se.lefi.client.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Holds a period of days, both ends inclusive; either end may be open.
 *
 * <p>A period the service gave in year-month precision starts on the first and ends on the last
 * day of its months.
 *
 * <pre>{@code
 * DatePeriod q1 = DatePeriod.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 3, 31));
 * boolean inside = q1.contains(LocalDate.of(2020, 2, 29)); // true
 * }</pre>
 *
 * @param from the first day, empty when open
 * @param to the last day, empty when open
 */
public record DatePeriod(Optional<LocalDate> from, Optional<LocalDate> to) {

    /** Validates the components. */
    public DatePeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    /**
     * Creates a closed period.
     *
     * @param from the first day
     * @param to the last day
     * @return the period
     */
    public static DatePeriod of(LocalDate from, LocalDate to) {
        return new DatePeriod(Optional.of(from), Optional.of(to));
    }

    /**
     * Tells whether the day lies in this period.
     *
     * @param day a day
     * @return true when no end excludes it
     */
    public boolean contains(LocalDate day) {
        return from.map(f -> !day.isBefore(f)).orElse(true) && to.map(t -> !day.isAfter(t)).orElse(true);
    }

    @Override
    public String toString() {
        return from.map(LocalDate::toString).orElse("") + ".." + to.map(LocalDate::toString).orElse("");
    }
}
