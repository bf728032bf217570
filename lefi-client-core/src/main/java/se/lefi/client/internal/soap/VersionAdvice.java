package se.lefi.client.internal.soap;

import java.util.Arrays;
import java.util.stream.Collectors;
import se.lefi.client.LefiVersion;

/** Names the versions a user should move to when the service no longer supports theirs. */
final class VersionAdvice {

    private VersionAdvice() {
    }

    static String supportedSuccessors(LefiVersion version) {
        String newer = Arrays.stream(LefiVersion.values())
                .filter(v -> v.compareTo(version) > 0)
                .sorted((a, b) -> b.compareTo(a))
                .limit(2)
                .map(LefiVersion::wireValue)
                .collect(Collectors.joining(" or "));
        return newer.isEmpty() ? "a version the service supports" : newer;
    }
}
