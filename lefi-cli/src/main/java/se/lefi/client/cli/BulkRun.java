package se.lefi.client.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import se.lefi.client.LefiException;
import se.lefi.client.Personnummer;
import se.lefi.client.model.BenefitInformation;

/**
 * Asks about many persons with at most {@code concurrency} queries in flight, writes each outcome
 * in input order as soon as it and those before it are done, shows progress and ends with a
 * summary. A line that is not a personnummer is reported with its line number and counted as
 * failed; the rest of the file goes on.
 */
final class BulkRun {

    /**
     * Counts a run's outcomes.
     *
     * @param answered persons answered
     * @param failed persons the service or the connection failed for
     * @param badLines input lines that were not a personnummer
     */
    record Summary(int answered, int failed, int badLines) {
        boolean allAnswered() {
            return failed == 0 && badLines == 0;
        }
    }

    private final int concurrency;
    private final Output output;
    private final LefiCli.Environment env;
    private final boolean showProgress;

    BulkRun(int concurrency, Output output, LefiCli.Environment env, boolean showProgress) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("--concurrency must be at least 1");
        }
        this.concurrency = concurrency;
        this.output = output;
        this.env = env;
        this.showProgress = showProgress;
    }

    Summary run(List<PersonSource.Entry> entries, Function<Personnummer, BenefitInformation> query) {
        long started = System.nanoTime();
        PrintStream out = env.out();
        int badLines = 0;
        List<Personnummer> persons = new ArrayList<>();
        for (PersonSource.Entry entry : entries) {
            try {
                persons.add(Personnummer.parse(entry.text()));
            } catch (IllegalArgumentException e) {
                // The message says what is wrong without repeating the (possibly real) number.
                env.err().println("lefi: " + entry.where() + ": " + e.getMessage() + "; skipped");
                badLines++;
            }
        }
        Progress progress = new Progress(env.err(), env.terminal(), showProgress, persons.size());
        ExecutorService pool = Executors.newFixedThreadPool(concurrency, new Workers());
        int answered = 0;
        int failed = 0;
        try {
            List<CompletableFuture<Outcome>> futures = new ArrayList<>(persons.size());
            for (Personnummer pnr : persons) {
                futures.add(CompletableFuture.supplyAsync(() -> {
                    Outcome o;
                    try {
                        o = Outcome.ok(pnr, query.apply(pnr));
                    } catch (LefiException e) {
                        o = Outcome.failed(pnr, e);
                    }
                    progress.finished(o.error().isEmpty());
                    return o;
                }, pool));
            }
            if (output.header() != null) {
                out.println(output.header());
            }
            for (CompletableFuture<Outcome> future : futures) {
                Outcome o;
                try {
                    o = future.join();
                } catch (CompletionException e) {
                    // Bad usage (a query the version cannot ask) is the same for every person: stop.
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    throw e;
                }
                out.println(output.format(o));
                if (o.error().isPresent()) {
                    failed++;
                } else {
                    answered++;
                }
            }
            out.flush();
        } finally {
            pool.shutdownNow();
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        env.err().printf(Locale.ROOT, "lefi: %d answered, %d failed, %d bad line(s), %.1f s%n", answered, failed,
                badLines, elapsed.toMillis() / 1000.0);
        return new Summary(answered, failed, badLines);
    }

    /** Daemon threads, so that a stuck call never keeps the tool from exiting. */
    private static final class Workers implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "lefi-query-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
