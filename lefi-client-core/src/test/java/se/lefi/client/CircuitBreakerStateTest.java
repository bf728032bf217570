package se.lefi.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;

class CircuitBreakerStateTest {

    @Test
    void of_whenResilience4jStateRefusesCalls_isOpen() {
        assertThat(CircuitBreakerState.of(CircuitBreaker.State.OPEN)).isEqualTo(CircuitBreakerState.OPEN);
        assertThat(CircuitBreakerState.of(CircuitBreaker.State.FORCED_OPEN)).isEqualTo(CircuitBreakerState.OPEN);
    }

    @Test
    void of_whenResilience4jStateLetsEveryCallThrough_isClosed() {
        assertThat(CircuitBreakerState.of(CircuitBreaker.State.CLOSED)).isEqualTo(CircuitBreakerState.CLOSED);
        assertThat(CircuitBreakerState.of(CircuitBreaker.State.DISABLED)).isEqualTo(CircuitBreakerState.CLOSED);
        assertThat(CircuitBreakerState.of(CircuitBreaker.State.METRICS_ONLY)).isEqualTo(CircuitBreakerState.CLOSED);
    }

    @Test
    void of_whenHalfOpen_isHalfOpen() {
        assertThat(CircuitBreakerState.of(CircuitBreaker.State.HALF_OPEN)).isEqualTo(CircuitBreakerState.HALF_OPEN);
    }
}
