package se.lefi.client.benchmarks;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Runs an end-to-end trial's own benchmark method on one thread for a while before the trial's
 * warm-up iterations, so that the JIT has compiled the client's code when they begin.
 *
 * <p>Sixteen busy threads on two cores leave the compiler threads little CPU: without this, the
 * SDK's small-answer call was still getting faster after 24 two-second iterations (16 ms per call
 * in the first, 1.3 ms in the last), and the 16-thread rows measured how fast each client warms
 * up, with errors of ±30–60 %. One thread is not spared either: at medium answers, whose many
 * kinds of case take the most code, every client was still getting faster through the five
 * measured iterations after six of warm-up. Every client gets the same single-threaded time,
 * {@code -DprewarmSeconds=N} (default 10; 0 switches it off).
 *
 * <pre>{@code
 * @Setup(Level.Trial)
 * public void start(BenchmarkParams params) {
 *     contenders = new Contenders(endpoint);
 *     Prewarm.run(this, params);
 * }
 * }</pre>
 */
public final class Prewarm {

    /** The system property with the seconds; the suite hands it on to its forks. */
    public static final String SECONDS = "prewarmSeconds";

    private static final int DEFAULT_SECONDS = 10;

    private Prewarm() {
    }

    /**
     * Calls the trial's benchmark method on this thread for the configured time.
     *
     * @param benchmark the benchmark's state object, whose class declares the method
     * @param params the trial's parameters: its method
     */
    public static void run(Object benchmark, BenchmarkParams params) {
        String name = params.getBenchmark();
        Method method;
        try {
            method = benchmark.getClass().getMethod(name.substring(name.lastIndexOf('.') + 1));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("no benchmark method for " + name, e);
        }
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(Integer.getInteger(SECONDS, DEFAULT_SECONDS));
        try {
            while (System.nanoTime() < end) {
                method.invoke(benchmark);
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the benchmark failed while warming up: " + name, e.getCause());
        }
    }
}
