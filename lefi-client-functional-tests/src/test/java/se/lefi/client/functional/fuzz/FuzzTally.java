package se.lefi.client.functional.fuzz;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Counts what the fuzzed calls ended in, for the one-line summary. */
final class FuzzTally {

    private final Map<String, Integer> outcomes = new TreeMap<>();
    private int cases;
    private int retried;

    /**
     * Counts one case.
     *
     * @param outcome what the call ended in: the result's or the exception's kind
     * @param requests how many requests the server got for it
     */
    void count(String outcome, int requests) {
        outcomes.merge(outcome, 1, Integer::sum);
        cases++;
        retried += requests > 1 ? 1 : 0;
    }

    /** Returns how many cases ended in each outcome. */
    Map<String, Integer> outcomes() {
        return Map.copyOf(outcomes);
    }

    /** Returns how many cases got more than one request. */
    int retried() {
        return retried;
    }

    /** Returns how many cases were counted. */
    int cases() {
        return cases;
    }

    /**
     * Returns the one-line summary.
     *
     * @param millis how long the cases took
     * @param cpuMillis the CPU time the JVM spent meanwhile
     * @return the summary
     */
    String summary(long millis, long cpuMillis) {
        return "mutation fuzz: " + cases + " cases in " + millis + " ms (" + cpuMillis + " ms CPU); " + retried
                + " retried; outcomes: " + outcomes.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
