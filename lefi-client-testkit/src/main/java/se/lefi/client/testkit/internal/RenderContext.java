package se.lefi.client.testkit.internal;

import java.time.LocalDate;
import se.lefi.client.LefiVersion;
import se.lefi.client.testkit.UserCategory;

/**
 * Holds what decides the shape and content of one answer: the version asked, the period, the
 * simulator's today, the querying organisation's category and whether preliminary payments come
 * from an instance before the fix of 2020-03-21/22.
 *
 * @param version the version of the query
 * @param from the first day of the asked period
 * @param to the last day of the asked period
 * @param today the simulator's today: payments after it are not yet executed
 * @param category the querying organisation's user category
 * @param preliminaryBeforeFix whether preliminary payments are written as before the fix
 */
public record RenderContext(LefiVersion version, LocalDate from, LocalDate to, LocalDate today, UserCategory category,
        boolean preliminaryBeforeFix) {

    /** Tells whether a span (open when {@code end} is null) overlaps the asked period. */
    public boolean overlaps(LocalDate start, LocalDate end) {
        return (end == null || !end.isBefore(from)) && (start == null || !start.isAfter(to));
    }

    /** Tells whether a day lies within the asked period. */
    public boolean within(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** Tells whether the version delivers the 5.0 shape of programme data. */
    public boolean fiveZero() {
        return version == LefiVersion.V5_0;
    }

    /** Tells whether the version is 9 (REST/JSON), which adds Pensionsmyndigheten's own lists. */
    public boolean nine() {
        return version == LefiVersion.V9_0;
    }

    /** Tells whether the version is 6.0 or later. */
    public boolean sixOrLater() {
        return version.compareTo(LefiVersion.V6_0) >= 0;
    }
}
