package se.lefi.client;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Names a version of the LEFI Online service contract that a client speaks.
 *
 * <p>Switching versions is a configuration change: the same user code runs against every version
 * for which an adapter module is on the class path.
 *
 * <pre>{@code
 * LefiClient client = LefiClient.builder()
 *         .version(LefiVersion.latest())
 *         ...
 * }</pre>
 */
public enum LefiVersion {
    /** Contract 5.0, in production from the weekend of 2018-12-28/31. */
    V5_0("5.0", LocalDate.of(2018, 12, 28)),
    /** Contract 5.1, in production from 2019-03-17. */
    V5_1("5.1", LocalDate.of(2019, 3, 17)),
    /** Contract 6.0, in production from 2019-11-17. */
    V6_0("6.0", LocalDate.of(2019, 11, 17)),
    /**
     * Version 9, "LEFI extern: Förmånsinformation", REST/JSON. Försäkringskassan has not published
     * when it went into production; the day given is its earliest public trace (a municipal
     * integration's change log of 2025-01-30 that moved to it), so it is in production at the
     * latest from then.
     */
    V9_0("9", LocalDate.of(2025, 1, 30));

    private final String wireValue;
    private final LocalDate releaseDate;

    LefiVersion(String wireValue, LocalDate releaseDate) {
        this.wireValue = wireValue;
        this.releaseDate = releaseDate;
    }

    /** Returns the value of the {@code lefiOnlineVersion} attribute, e.g. {@code "6.0"}. */
    public String wireValue() {
        return wireValue;
    }

    /** Returns the day this version went into production. */
    public LocalDate releaseDate() {
        return releaseDate;
    }

    /**
     * Returns the day from which the service need no longer support this version, by the
     * service's version rule: it supports the current and the previous version, and an older
     * version for one year after the next release or until a further version is released,
     * whichever comes first. Försäkringskassan announces actual closures separately and has kept
     * versions longer than the rule requires; treat this day as the latest safe day to have moved.
     *
     * <pre>{@code
     * LefiVersion.V5_0.endOfSupport();   // Optional[2019-11-17]: 6.0 was released then
     * LefiVersion.V5_1.endOfSupport();   // Optional[2020-11-17]: one year after 6.0
     * LefiVersion.V6_0.endOfSupport();   // Optional.empty(): its closure is not published
     * LefiVersion.latest().endOfSupport(); // Optional.empty(): no newer version is known
     * }</pre>
     *
     * @return the first day without support, or empty for 6.0 and 9, whose end is not known
     */
    public Optional<LocalDate> endOfSupport() {
        // Constants are declared in release order, so the next releases follow in ordinal order.
        // The rule is applied within LEFI Online's SOAP line only (5.0, 5.1, 6.0): version 9 is a
        // separate REST interface whose production date is not published, and nothing public says
        // that it replaced 6.0 or when 6.0 closes. Deriving 6.0's end from 9's earliest trace would
        // put every 6.0 client past its end of support on a guessed date; the README explains this.
        if (this == V6_0 || this == V9_0) {
            return Optional.empty();
        }
        LefiVersion[] all = values();
        int next = ordinal() + 1;
        if (next >= all.length) {
            return Optional.empty();
        }
        LocalDate yearAfterNext = all[next].releaseDate.plusYears(1);
        if (next + 1 < all.length && all[next + 1].releaseDate.isBefore(yearAfterNext)) {
            return Optional.of(all[next + 1].releaseDate);
        }
        return Optional.of(yearAfterNext);
    }

    /**
     * Tells whether the version rule supports this version on the given day: it is released and
     * its {@link #endOfSupport()} has not come.
     *
     * @param day a day
     * @return true when the version is in production and supported that day
     */
    public boolean supportedOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return !day.isBefore(releaseDate) && endOfSupport().map(day::isBefore).orElse(true);
    }

    /** Returns the newest version this SDK knows. */
    public static LefiVersion latest() {
        LefiVersion[] all = values();
        return all[all.length - 1];
    }

    /**
     * Finds the version with the given wire value ({@code "5.1"}), if this SDK knows it.
     *
     * @param wireValue the value of a {@code lefiOnlineVersion} attribute
     * @return the version, or empty for an unknown or null value
     */
    public static Optional<LefiVersion> fromWireValue(String wireValue) {
        return Arrays.stream(values()).filter(v -> Objects.equals(v.wireValue, wireValue)).findFirst();
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
