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
    V6_0("6.0", LocalDate.of(2019, 11, 17));

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
