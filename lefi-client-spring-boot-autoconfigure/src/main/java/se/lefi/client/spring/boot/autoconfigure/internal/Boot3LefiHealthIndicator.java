package se.lefi.client.spring.boot.autoconfigure.internal;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * Reports a {@link LefiHealthCheck} through Spring Boot 3's health API
 * ({@code org.springframework.boot.actuate.health}).
 *
 * <pre>{@code
 * HealthIndicator lefi = new Boot3LefiHealthIndicator(check);
 * }</pre>
 */
public final class Boot3LefiHealthIndicator implements HealthIndicator {

    private final LefiHealthCheck check;

    /**
     * Creates the indicator.
     *
     * @param check the judgement it reports
     */
    public Boot3LefiHealthIndicator(LefiHealthCheck check) {
        this.check = check;
    }

    @Override
    public Health health() {
        LefiHealthCheck.Result result = check.check();
        return (result.up() ? Health.up() : Health.down()).withDetails(result.details()).build();
    }
}
