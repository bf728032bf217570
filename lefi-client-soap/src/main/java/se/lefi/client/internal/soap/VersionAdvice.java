package se.lefi.client.internal.soap;

import java.time.Clock;
import java.time.LocalDate;
import se.lefi.client.LefiVersion;
import se.lefi.client.internal.SupportWindow;

/** Names the versions a user should move to when the service no longer supports theirs. */
final class VersionAdvice {

    private VersionAdvice() {
    }

    /** Advises by the version window as of today. */
    static String supportedSuccessors(LefiVersion version) {
        return supportedSuccessors(version, LocalDate.now(Clock.systemUTC()));
    }

    /** Advises by the version window as of the given day. */
    static String supportedSuccessors(LefiVersion version, LocalDate today) {
        return SupportWindow.advice(version, today);
    }
}
