package se.lefi.client.functional.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.lefi.client.Benefit;
import se.lefi.client.LefiBusinessException;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiException;
import se.lefi.client.LefiProtocolException;
import se.lefi.client.LefiTechnicalException;
import se.lefi.client.LefiTransportException;
import se.lefi.client.LefiVersion;

/**
 * Feeds thousands of mutated answers of every version over real HTTP to a real client with
 * retries on, and checks each call: it ends in an answer or a {@link LefiException}, never
 * another exception; an answer the JDK's own parser cannot read whole ends in a
 * {@link LefiProtocolException} after exactly one request; a retryable failure was tried
 * {@value #MAX_ATTEMPTS} times and anything else once, as the exception's {@code attempts()} and
 * {@code statusCode()} say too; and no message says a personnummer of the answer in clear.
 *
 * <p>Seeded and bounded: case {@code i} of a version is decided by its own {@link Random}, so a
 * failure names the case to replay alone with {@code -Dlefi.fuzz.case=6.0#123}. Other seeds and
 * sizes: {@code -Dlefi.fuzz.seed=...}, {@code -Dlefi.fuzz.cases=...} (per version).
 */
class MutationFuzzFunctionalTest {

    private static final long BASE_SEED = Long.getLong("lefi.fuzz.seed", 20_261_129L);
    private static final int CASES_PER_VERSION = Integer.getInteger("lefi.fuzz.cases", 1_000);
    private static final String ONLY_CASE = System.getProperty("lefi.fuzz.case");
    private static final int MAX_ATTEMPTS = 3;
    private static final int MAX_REPORTED = 25;
    private static final List<LefiVersion> VERSIONS = List.of(LefiVersion.V5_0, LefiVersion.V5_1, LefiVersion.V6_0);
    // Every case may fail retryably; a breaker that opened would short-circuit the cases after it.
    private static final CircuitBreakerConfig NEVER_OPENS = CircuitBreakerConfig.custom()
            .recordException(e -> false)
            .build();

    private static List<Seed> seeds;
    private static AnswerSwitchboard board;

    @BeforeAll
    static void start() throws Exception {
        seeds = Seeds.all();
        board = AnswerSwitchboard.start();
    }

    @AfterAll
    static void stop() {
        if (board != null) {
            board.close();
        }
    }

    @Test
    void fetchAndPing_whenAnswersAreUnmutated_endInAnswersAndTheFaultsTheySay() {
        assertThat(seeds.stream().map(Seed::version).distinct()).containsExactlyInAnyOrderElementsOf(VERSIONS);
        // The large simulated person gives an answer of a size worth fuzzing.
        int largest = seeds.stream().mapToInt(s -> s.body().length).max().orElse(0);
        assertThat(largest).isGreaterThan(100_000);
        System.out.println("mutation fuzz seeds: " + seeds.size() + ", the largest " + largest + " bytes");
        for (LefiVersion version : VERSIONS) {
            try (LefiClient client = client(version)) {
                for (Seed seed : seedsOf(version)) {
                    board.serve(new Mutator.Mutant(seed.status(), Mutator.XML, seed.body(), "none"));
                    Throwable thrown = call(client, seed).thrown();

                    if (seed.status() == 200) {
                        assertThat(thrown).as(seed.name()).isNull();
                    } else {
                        assertThat(thrown).as(seed.name())
                                .isInstanceOfAny(LefiBusinessException.class, LefiTechnicalException.class);
                    }
                }
            }
        }
    }

    @Test
    void fetchAndPing_whenAnswersAreMutated_endInAnAnswerOrTypedExceptionWithoutRetryOfMalformedOrLeak() {
        FuzzTally tally = new FuzzTally();
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        long cpuStarted = processCpuNanos();
        for (LefiVersion version : VERSIONS) {
            List<Seed> ofVersion = seedsOf(version);
            try (LefiClient client = client(version)) {
                for (int i = 0; i < CASES_PER_VERSION; i++) {
                    String id = version.wireValue() + "#" + i;
                    if (ONLY_CASE != null && !ONLY_CASE.equals(id)) {
                        continue;
                    }
                    Random random = new Random(BASE_SEED + 1_000_000L * version.ordinal() + i);
                    Seed seed = ofVersion.get(random.nextInt(ofVersion.size()));
                    Mutator.Mutant mutant = Mutator.mutate(seed, random);
                    String failure = runCase(client, seed, mutant, tally);
                    if (failure != null) {
                        failures.add("case " + id + " (replay: -Dlefi.fuzz.seed=" + BASE_SEED + " -Dlefi.fuzz.case=" + id
                                + ") of " + seed.name() + ", HTTP " + mutant.status() + ", " + mutant.contentType()
                                + ", " + mutant.body().length + " bytes\n    mutations: " + mutant.description()
                                + "\n    " + failure);
                    }
                }
            }
        }
        System.out.println(tally.summary((System.nanoTime() - started) / 1_000_000,
                (processCpuNanos() - cpuStarted) / 1_000_000));

        assertThat(tally.cases()).isEqualTo(ONLY_CASE != null ? 1 : CASES_PER_VERSION * VERSIONS.size());
        if (ONLY_CASE == null) {
            // The mutations reach every kind of outcome, so none of the checks above is idle.
            assertThat(tally.outcomes()).containsKeys("BenefitInformation", "PingResult", "LefiProtocolException",
                    "LefiBusinessException", "LefiTechnicalException", "LefiTransportException");
            assertThat(tally.retried()).isPositive();
        }
        assertThat(failures).as("%d of %d cases failed; the first %d:%n%s", failures.size(), tally.cases(),
                Math.min(failures.size(), MAX_REPORTED),
                String.join("\n", failures.subList(0, Math.min(failures.size(), MAX_REPORTED)))).isEmpty();
    }

    /** Runs one case and returns what is wrong with its outcome, or null. */
    private static String runCase(LefiClient client, Seed seed, Mutator.Mutant mutant, FuzzTally tally) {
        board.serve(mutant);
        Outcome outcome = call(client, seed);
        int requests = board.requests();
        Throwable thrown = outcome.thrown();
        // A protocol error is right for anything malformed; the oracle is asked only about other outcomes.
        boolean malformed = !(thrown instanceof LefiProtocolException) && XmlOracle.malformedOrUnsafe(mutant.body());
        tally.count(thrown != null ? thrown.getClass().getSimpleName() : seed.ping() ? "PingResult" : "BenefitInformation",
                requests);

        if (thrown != null && !(thrown instanceof LefiException)) {
            return "threw " + describe(thrown) + "\n    at " + Arrays.toString(Arrays.copyOf(thrown.getStackTrace(),
                    Math.min(8, thrown.getStackTrace().length)));
        }
        boolean retryable = thrown instanceof LefiException e && e.retryable();
        int expectedRequests = retryable ? MAX_ATTEMPTS : 1;
        if (requests != expectedRequests) {
            return requests + " requests where " + expectedRequests + " were due for " + describe(thrown);
        }
        if (thrown instanceof LefiException e && (e.attempts() != requests
                || e.statusCode().orElse(-1) != mutant.status())) {
            return "attempts()=" + e.attempts() + " and statusCode()=" + e.statusCode() + " where the server got "
                    + requests + " requests and answered HTTP " + mutant.status() + ": " + describe(thrown);
        }
        String expected = expectedOutcome(seed, mutant, malformed, thrown);
        if (expected != null) {
            return "expected " + expected + " but got " + (thrown == null ? "an answer" : describe(thrown));
        }
        Set<String> leaked = new HashSet<>(Persons.tenDigitsIn(everythingSaid(outcome)));
        leaked.retainAll(seed.personnummer());
        if (!leaked.isEmpty()) {
            return "a personnummer of the answer in clear: " + describe(thrown);
        }
        return null;
    }

    /**
     * Returns what the outcome should have been when it was not, or null when it is as it should be:
     * rules that follow from the Content-Type, the status and whether the answer can be read at all.
     */
    private static String expectedOutcome(Seed seed, Mutator.Mutant mutant, boolean malformed, Throwable thrown) {
        String type = mutant.contentType() == null ? "" : mutant.contentType().toLowerCase(Locale.ROOT);
        boolean httpError = mutant.status() < 200 || mutant.status() >= 300;
        boolean nonXml = !type.isEmpty() && !type.contains("xml");
        if (thrown instanceof LefiProtocolException) {
            // Right in every case but one: an HTTP error with a non-XML body, what a proxy sends.
            return nonXml && httpError ? "a LefiTransportException for an HTTP error with a non-XML body" : null;
        }
        if (type.contains("application/soap+xml")) {
            return "a LefiProtocolException for a SOAP 1.2 content type";
        }
        if (nonXml) {
            if (httpError) {
                return thrown instanceof LefiTransportException ? null
                        : "a LefiTransportException for an HTTP error with a non-XML body";
            }
            return "a LefiProtocolException for a non-XML content type";
        }
        if (!malformed) {
            return null;
        }
        if (!httpError) {
            return "a LefiProtocolException for a malformed or unsafe answer";
        }
        // An HTTP error whose body is not even a SOAP envelope is what a proxy in between sends: the
        // service was not reached, which is a transport failure. Once the Envelope's start tag is
        // intact, the body is the service's and a malformed one is a protocol failure.
        int firstChange = Arrays.mismatch(seed.body(), mutant.body());
        boolean envelopeIntact = firstChange < 0 || firstChange >= seed.envelopeEnd();
        if (!envelopeIntact && thrown instanceof LefiTransportException
                && thrown.getMessage().contains("no SOAP envelope")) {
            return null;
        }
        return "a LefiProtocolException for a malformed or unsafe answer"
                + (envelopeIntact ? " whose envelope is intact" : " (or a transport failure saying no SOAP envelope)");
    }

    private static Outcome call(LefiClient client, Seed seed) {
        try {
            Object result = seed.ping() ? client.ping()
                    : client.query(seed.queried()).period(LocalDate.of(2012, 1, 1), LocalDate.of(2021, 11, 20))
                            .benefits(Benefit.GENERELL_PERSONINFORMATION, Benefit.SJUKPENNING)
                            .payments(Benefit.SJUKPENNING).fetch();
            return new Outcome(result, null);
        } catch (Throwable t) {
            return new Outcome(null, t);
        }
    }

    private static LefiClient client(LefiVersion version) {
        return LefiClient.builder()
                .endpoint(board.endpoint())
                .version(version)
                .organisationsnummer("2120000142")
                // Generous: a timeout is no outcome under test, and a loaded machine must not cause one.
                .connectTimeout(Duration.ofSeconds(30))
                .responseTimeout(Duration.ofSeconds(30))
                .maxAttempts(MAX_ATTEMPTS)
                .retryBackoff(Duration.ofMillis(1), Duration.ofMillis(2))
                .circuitBreaker(CircuitBreaker.of("fuzz-" + version.wireValue(), NEVER_OPENS))
                .build();
    }

    /** Returns the CPU time of the whole JVM, a measure of the test's cost that load does not change. */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    private static List<Seed> seedsOf(LefiVersion version) {
        return seeds.stream().filter(s -> s.version() == version).toList();
    }

    /** Returns every message, toString and cause of the outcome, the result's toString included. */
    private static String everythingSaid(Outcome outcome) {
        StringBuilder text = new StringBuilder();
        if (outcome.result() != null) {
            text.append(outcome.result());
        }
        for (Throwable t = outcome.thrown(); t != null; t = t.getCause()) {
            text.append('\n').append(t).append('\n').append(t.getLocalizedMessage());
            for (Throwable suppressed : t.getSuppressed()) {
                text.append('\n').append(suppressed);
            }
        }
        return text.toString();
    }

    private static String describe(Throwable thrown) {
        if (thrown == null) {
            return "an answer";
        }
        StringBuilder s = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            s.append(s.length() == 0 ? "" : " <- ").append(t.getClass().getName()).append(": ")
                    .append(message.length() > 300 ? message.substring(0, 300) + "..." : message);
            if (t instanceof LefiException e) {
                s.append(" [retryable=").append(e.retryable()).append(']');
            }
        }
        return s.toString();
    }

    /** Holds what one call returned or threw. */
    private record Outcome(Object result, Throwable thrown) {
    }
}
