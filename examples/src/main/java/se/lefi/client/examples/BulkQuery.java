package se.lefi.client.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import se.lefi.client.Benefit;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiException;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.model.Payment;
import se.lefi.client.testkit.LefiOnlineSimulator;
import se.lefi.client.testkit.SyntheticPersons;

/**
 * Queries a list of persons with bounded concurrency, shows a progress line while it works and
 * prints one line per person at the end. One shared client serves every query; at most
 * {@code concurrency} queries are in flight at once, so the service is never flooded.
 *
 * <pre>{@code
 * mvn -B -q compile exec:java@bulk -pl examples -am                                  # the simulator's persons
 * mvn -B -q compile exec:java@bulk -pl examples -am -Dexec.args="--file pnr.txt --concurrency 8"
 * }</pre>
 */
public final class BulkQuery {

    /**
     * Holds one person's outcome.
     *
     * @param personnummer the person
     * @param info the answer, when it came
     * @param error the error, when the query failed
     */
    public record Outcome(Personnummer personnummer, Optional<BenefitInformation> info, Optional<LefiException> error) {
    }

    /**
     * Holds the outcome of a run.
     *
     * @param outcomes one per person, in the order of the list
     * @param maxInFlight the most queries that were in flight at once
     * @param elapsed how long the run took
     */
    public record Result(List<Outcome> outcomes, int maxInFlight, Duration elapsed) {
        /** Counts the failed queries. */
        public long failed() {
            return outcomes.stream().filter(o -> o.error().isPresent()).count();
        }
    }

    private final LefiClient client;
    private final int concurrency;
    private final LocalDate from;
    private final LocalDate to;

    /**
     * Creates a bulk run.
     *
     * @param client the shared client
     * @param concurrency the most queries in flight at once, at least 1
     * @param from the first day asked about
     * @param to the last day asked about
     */
    public BulkQuery(LefiClient client, int concurrency, LocalDate from, LocalDate to) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1");
        }
        this.client = client;
        this.concurrency = concurrency;
        this.from = from;
        this.to = to;
    }

    /**
     * Runs the example: by default the simulator's persons and one unknown person, on a simulator
     * that takes 100 ms per answer so the progress line has something to show.
     *
     * @param args {@code [--file path] [--concurrency n] [--version 5.0|5.1|6.0]}
     * @throws IOException when the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        int concurrency = 4;
        LefiVersion version = QuickStart.DEFAULT_VERSION;
        List<String> numbers = new ArrayList<>(defaultList());
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--concurrency" -> concurrency = Integer.parseInt(args[++i]);
                case "--version" -> {
                    String v = args[++i];
                    version = LefiVersion.fromWireValue(v)
                            .orElseThrow(() -> new IllegalArgumentException("unknown version " + v));
                }
                case "--file" -> numbers = readList(Path.of(args[++i]));
                default -> throw new IllegalArgumentException("usage: BulkQuery [--file path] [--concurrency n] "
                        + "[--version 5.0|5.1|6.0]");
            }
        }
        try (LefiOnlineSimulator simulator = LefiOnlineSimulator.start();
             LefiClient client = simulator.client(version)) {
            simulator.delay(Duration.ofMillis(100));
            new BulkQuery(client, concurrency, LocalDate.of(2019, 1, 1), LocalDate.now().plusMonths(1))
                    .run(numbers, System.out);
        }
    }

    /** Returns the simulator's persons and one it does not know. */
    public static List<String> defaultList() {
        return List.of(SyntheticPersons.SICK_EMPLOYEE, SyntheticPersons.SELF_EMPLOYED, SyntheticPersons.PARENT,
                SyntheticPersons.PROGRAMME_PARTICIPANT, SyntheticPersons.JOB_PARTICIPANT, SyntheticPersons.CARER,
                SyntheticPersons.PENSIONER, SyntheticPersons.PROTECTED_IDENTITY, SyntheticPersons.DECEASED,
                SyntheticPersons.SAMORDNINGSNUMMER, SyntheticPersons.UNKNOWN_PERSON);
    }

    /**
     * Reads one personnummer a line; blank lines and lines starting with {@code #} are skipped.
     *
     * @param file the file
     * @return the numbers
     * @throws IOException when the file cannot be read
     */
    public static List<String> readList(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /**
     * Queries every person, printing a progress line (rewritten in place with {@code \r}) and then
     * one line per person. Personnummer are printed masked.
     *
     * @param personnummer the persons, validated before anything is sent
     * @param out where to print
     * @return the outcomes
     */
    public Result run(List<String> personnummer, PrintStream out) {
        List<Personnummer> persons = personnummer.stream().map(Personnummer::parse).toList();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger maxInFlight = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long started = System.nanoTime();
        // A fixed pool of `concurrency` threads is what bounds the queries in flight.
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<CompletableFuture<Outcome>> futures = new ArrayList<>();
            for (Personnummer pnr : persons) {
                futures.add(CompletableFuture.supplyAsync(() -> {
                    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                    try {
                        return new Outcome(pnr, Optional.of(query(pnr)), Optional.empty());
                    } catch (LefiException e) {
                        failed.incrementAndGet();
                        return new Outcome(pnr, Optional.empty(), Optional.of(e));
                    } finally {
                        inFlight.decrementAndGet();
                        progress(out, done, persons.size(), failed);
                    }
                }, pool));
            }
            List<Outcome> outcomes = futures.stream().map(CompletableFuture::join).toList();
            Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
            out.println();
            for (Outcome o : outcomes) {
                out.println(line(o));
            }
            out.printf("%d queried, %d failed, at most %d in flight, %d ms%n", outcomes.size(),
                    outcomes.stream().filter(o -> o.error().isPresent()).count(), maxInFlight.get(), elapsed.toMillis());
            return new Result(outcomes, maxInFlight.get(), elapsed);
        } finally {
            pool.shutdown();
        }
    }

    private BenefitInformation query(Personnummer pnr) {
        var q = client.query(pnr).period(from, to)
                .benefits(Benefit.GENERELL_PERSONINFORMATION, Benefit.SJUKPENNING, Benefit.FORALDRAPENNING)
                .payments(Benefit.SJUKPENNING, Benefit.FORALDRAPENNING, Benefit.AKTIVITETSSTOD, Benefit.ALLMAN_PENSION);
        if (client.version().compareTo(LefiVersion.V6_0) >= 0) {
            q.preliminaryPayments(Benefit.SJUKPENNING, Benefit.FORALDRAPENNING);
        }
        return q.fetch();
    }

    private static synchronized void progress(PrintStream out, AtomicInteger done, int total, AtomicInteger failed) {
        // Counting and printing under one lock keeps the line's numbers rising.
        out.printf("\rqueried %d/%d, failed %d", done.incrementAndGet(), total, failed.get());
        out.flush();
    }

    private static String line(Outcome o) {
        if (o.error().isPresent()) {
            LefiException e = o.error().get();
            return String.format(Locale.ROOT, "%s  failed  %s%s", o.personnummer(), e.getClass().getSimpleName(),
                    e.errorCode().map(c -> " " + c).orElse(""));
        }
        BenefitInformation info = o.info().orElseThrow();
        BigDecimal net = info.payments().stream().map(Payment::net).reduce(BigDecimal.ZERO, BigDecimal::add);
        return String.format(Locale.ROOT, "%s  ok      %d case(s), %d payment(s), net %s kr", o.personnummer(),
                info.cases().size(), info.payments().size(), net.toPlainString());
    }
}
