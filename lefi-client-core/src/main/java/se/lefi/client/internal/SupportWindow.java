package se.lefi.client.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import se.lefi.client.LefiVersion;

/**
 * Applies the service's version window: which versions to move to, and the warning a client
 * gives once when its version is past or near its {@link LefiVersion#endOfSupport()}.
 *
 * <pre>{@code
 * SupportWindow.warnIfNeeded(LefiVersion.V5_1, Clock.systemUTC(), log); // once, when a client is built
 * SupportWindow.advice(LefiVersion.V5_0, LocalDate.of(2019, 11, 18));  // "move to 5.1 or 6.0: ..."
 * }</pre>
 */
public final class SupportWindow {

    /** How many days before the end of support a client starts to warn. */
    public static final int WARNING_DAYS = 90;

    private SupportWindow() {
    }

    /**
     * Returns the newer versions the rule supports on the day, oldest first; when the rule names
     * none (this SDK's knowledge ends earlier), every newer version this SDK knows.
     *
     * @param version the version in use
     * @param today the day to judge
     * @return the versions to move to; empty when this SDK knows no newer version
     */
    public static List<LefiVersion> successors(LefiVersion version, LocalDate today) {
        List<LefiVersion> newer = Arrays.stream(LefiVersion.values()).filter(v -> v.compareTo(version) > 0).toList();
        List<LefiVersion> supported = newer.stream().filter(v -> v.supportedOn(today)).toList();
        return supported.isEmpty() ? newer : supported;
    }

    /**
     * Says what to do when a version is no longer (or soon not) supported.
     *
     * @param version the version in use
     * @param today the day to judge
     * @return advice naming the versions and their adapter modules
     */
    public static String advice(LefiVersion version, LocalDate today) {
        List<LefiVersion> targets = successors(version, today);
        if (targets.isEmpty()) {
            return "this SDK knows no version newer than " + version + "; update lefi-client to get the adapter"
                    + " module of the version the service supports";
        }
        String versions = targets.stream().map(LefiVersion::wireValue).collect(Collectors.joining(" or "));
        String modules = targets.stream().map(AdapterRegistry::moduleFor).distinct().collect(Collectors.joining(", "));
        return "move to " + versions + ": change .version(...) on the client builder and put " + modules
                + " on the class path";
    }

    /**
     * Returns the warning for a version past or within {@value #WARNING_DAYS} days of its end of
     * support, or empty when it is safely supported.
     *
     * @param version the version in use
     * @param today the day to judge
     * @return the warning text
     */
    public static Optional<String> warning(LefiVersion version, LocalDate today) {
        Optional<LocalDate> end = version.endOfSupport();
        if (end.isEmpty()) {
            return Optional.empty();
        }
        long daysLeft = ChronoUnit.DAYS.between(today, end.get());
        if (daysLeft > WARNING_DAYS) {
            return Optional.empty();
        }
        String state = daysLeft <= 0
                ? "is past its end of support (" + end.get() + ")"
                : "reaches its end of support on " + end.get() + ", in " + daysLeft + " day(s),";
        // Advise the versions that are supported once this one's support has ended.
        LocalDate judged = end.get().isAfter(today) ? end.get() : today;
        return Optional.of("LEFI Online " + version + " " + state + " by the service's version rule (the current"
                + " and the previous version are supported; an older one at most one year after the next release);"
                + " the service may answer TEKNISKT_FEL/VERSION_STODS_EJ. " + capitalise(advice(version, judged)) + ".");
    }

    /**
     * Logs the {@link #warning} at WARN, if there is one; a client calls this once, when it is built.
     *
     * @param version the version in use
     * @param clock the clock that says which day it is
     * @param logger where to warn
     */
    public static void warnIfNeeded(LefiVersion version, Clock clock, Logger logger) {
        warning(version, LocalDate.now(clock)).ifPresent(logger::warn);
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
