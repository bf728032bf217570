package se.lefi.client.spring.boot.autoconfigure.internal;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Reports a {@link LefiHealthCheck} through Spring Boot 4's health API
 * ({@code org.springframework.boot.health.contributor}), which replaced Boot 3's package.
 *
 * <pre>{@code
 * HealthIndicator lefi = new Boot4LefiHealthIndicator(check);
 * }</pre>
 */
public final class Boot4LefiHealthIndicator implements HealthIndicator {

    private final LefiHealthCheck check;

    /**
     * Creates the indicator.
     *
     * @param check the judgement it reports
     */
    public Boot4LefiHealthIndicator(LefiHealthCheck check) {
        this.check = check;
    }

    @Override
    public Health health() {
        LefiHealthCheck.Result result = check.check();
        return (result.up() ? Health.up() : Health.down()).withDetails(result.details()).build();
    }
}
