package se.lefi.client.internal.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.retry.Retry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import se.lefi.client.LefiBusinessException;
import se.lefi.client.LefiException;
import se.lefi.client.LefiProtocolException;
import se.lefi.client.LefiTechnicalException;
import se.lefi.client.LefiTransportException;

class ResilienceTest {

    private final AtomicInteger attempts = new AtomicInteger();

    private static Resilience guard(CircuitBreaker breaker, RateLimiter limiter, Bulkhead bulkhead) {
        return new Resilience(ResilienceDefaults.retry("t", 3, Duration.ofMillis(1), Duration.ofMillis(2)), breaker,
                limiter, bulkhead, "lefi.example");
    }

    private static Resilience defaults() {
        return guard(ResilienceDefaults.circuitBreaker("t"), null,
                ResilienceDefaults.bulkhead("t", 4, Duration.ofMillis(10)));
    }

    private Supplier<String> failing(int times, Supplier<LefiException> failure) {
        return () -> {
            if (attempts.incrementAndGet() <= times) {
                throw failure.get();
            }
            return "answer";
        };
    }

    @Test
    void call_whenTransportFailsTwice_succeedsOnThirdAttempt() {
        String result = defaults().call(failing(2, () -> new LefiTransportException("down", null, null)), null);

        assertThat(result).isEqualTo("answer");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void call_whenRetryableFailureKeepsComing_givesUpAfterThreeAttempts() {
        assertThatThrownBy(() -> defaults().call(failing(99,
                () -> new LefiTechnicalException("busy", true, "TEKNISKT_FEL", "X", null, null)), null))
                .isInstanceOf(LefiTechnicalException.class);
        assertThat(attempts).hasValue(3);
    }

    @Test
    void call_whenBusinessError_triesOnce() {
        assertThatThrownBy(() -> defaults().call(failing(99,
                () -> new LefiBusinessException("no", "VERKSAMHETSFEL", "PERSON_SAKNAS", null)), null))
                .isInstanceOf(LefiBusinessException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void call_whenProtocolError_triesOnce() {
        assertThatThrownBy(() -> defaults().call(failing(99, () -> new LefiProtocolException("bad", null, null)), null))
                .isInstanceOf(LefiProtocolException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void call_whenNonRetryableTechnicalError_triesOnce() {
        assertThatThrownBy(() -> defaults().call(failing(99,
                () -> new LefiTechnicalException("old", false, "TEKNISKT_FEL", "VERSION_STODS_EJ", null, null)), null))
                .isInstanceOf(LefiTechnicalException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void call_whenAttemptsFail_breakerCountsEveryAttempt() {
        CircuitBreaker breaker = ResilienceDefaults.circuitBreaker("t");
        Resilience resilience = guard(breaker, null, ResilienceDefaults.bulkhead("t", 4, Duration.ofMillis(10)));

        catchThrowableOfType(LefiTransportException.class,
                () -> resilience.call(failing(99, () -> new LefiTransportException("down", null, null)), null));

        // Retry is outside the breaker: each of the three attempts was judged on its own.
        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isEqualTo(3);
    }

    @Test
    void call_whenSixteenThreadsFailAtOnce_breakerCountsEveryAttemptAndOpens() throws Exception {
        CircuitBreaker breaker = ResilienceDefaults.circuitBreaker("t");
        Resilience resilience = guard(breaker, null, ResilienceDefaults.bulkhead("t", 16, Duration.ofSeconds(5)));
        ExecutorService threads = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            calls.add(threads.submit(() -> {
                start.await();
                try {
                    resilience.call(() -> {
                        throw new LefiTransportException("down", null, null);
                    }, null);
                } catch (LefiException expected) {
                    // Every call fails; what counts is what the breaker recorded.
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> call : calls) {
            call.get();
        }
        threads.shutdown();

        assertThat(breaker.getCircuitBreakerConfig().getSlidingWindowSynchronizationStrategy())
                .isEqualTo(CircuitBreakerConfig.SlidingWindowSynchronizationStrategy.LOCK_FREE);
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void call_whenBusinessError_breakerCountsNoFailure() {
        CircuitBreaker breaker = ResilienceDefaults.circuitBreaker("t");
        Resilience resilience = guard(breaker, null, ResilienceDefaults.bulkhead("t", 4, Duration.ofMillis(10)));

        catchThrowableOfType(LefiBusinessException.class, () -> resilience.call(failing(99,
                () -> new LefiBusinessException("no", "VERKSAMHETSFEL", "PERSON_SAKNAS", null)), null));

        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @Test
    void call_whenBreakerOpen_failsAtOnceWithoutAttemptOrRatePermit() {
        CircuitBreaker breaker = ResilienceDefaults.circuitBreaker("lefi-test");
        RateLimiter limiter = RateLimiter.of("t", RateLimiterConfig.custom().limitForPeriod(1)
                .limitRefreshPeriod(Duration.ofMinutes(10)).timeoutDuration(Duration.ZERO).build());
        Resilience resilience = guard(breaker, limiter, ResilienceDefaults.bulkhead("t", 4, Duration.ofMillis(10)));
        breaker.transitionToOpenState();

        LefiTransportException e = catchThrowableOfType(LefiTransportException.class,
                () -> resilience.call(failing(0, () -> null), "case-1"));

        assertThat(e.retryable()).isFalse();
        assertThat(e.getMessage()).contains("circuit breaker 'lefi-test' is open").contains("lefi.example")
                .contains("30000 ms");
        assertThat(e.correlationId()).contains("case-1");
        assertThat(attempts).hasValue(0);
        // The breaker stands before the rate limiter: the refused call took no permit.
        assertThat(limiter.getMetrics().getAvailablePermissions()).isEqualTo(1);
    }

    @Test
    void call_whenBulkheadFull_throwsTransportExceptionWithoutAttempt() {
        Bulkhead bulkhead = ResilienceDefaults.bulkhead("t", 1, Duration.ofMillis(10));
        assertThat(bulkhead.tryAcquirePermission()).isTrue(); // another caller holds the only slot
        Resilience resilience = guard(ResilienceDefaults.circuitBreaker("t"), null, bulkhead);

        LefiTransportException e = catchThrowableOfType(LefiTransportException.class,
                () -> resilience.call(failing(0, () -> null), null));

        assertThat(e.getMessage()).contains("concurrent-call slots");
        assertThat(attempts).hasValue(0);
    }

    @Test
    void call_whenRateLimitReached_throwsTransportExceptionWithoutAttempt() {
        RateLimiter limiter = RateLimiter.of("t", RateLimiterConfig.custom().limitForPeriod(1)
                .limitRefreshPeriod(Duration.ofMinutes(10)).timeoutDuration(Duration.ZERO).build());
        Resilience resilience = guard(ResilienceDefaults.circuitBreaker("t"), limiter,
                ResilienceDefaults.bulkhead("t", 4, Duration.ofMillis(10)));
        assertThat(resilience.call(failing(0, () -> null), null)).isEqualTo("answer");

        LefiTransportException e = catchThrowableOfType(LefiTransportException.class,
                () -> resilience.call(failing(0, () -> null), null));

        assertThat(e.getMessage()).contains("rate limiter");
        assertThat(attempts).hasValue(1);
    }

    @Test
    void retry_defaultBackoff_growsWithJitterAndStaysUnderTheCap() {
        Retry retry = ResilienceDefaults.retry("t", 3, Duration.ofMillis(200), Duration.ofSeconds(2));
        IntervalFunction backoff = attempt -> retry.getRetryConfig().getIntervalBiFunction().apply(attempt, null);

        assertThat(retry.getRetryConfig().getMaxAttempts()).isEqualTo(3);
        for (int i = 0; i < 200; i++) {
            assertThat(backoff.apply(1)).isBetween(100L, 300L);
            assertThat(backoff.apply(2)).isBetween(200L, 600L);
            assertThat(backoff.apply(10)).isLessThanOrEqualTo(2000L);
        }
    }
}
