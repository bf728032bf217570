package se.lefi.client.spring.boot.autoconfigure;

import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.lefi.client.LefiClient;
import se.lefi.client.spring.boot.autoconfigure.internal.Boot3LefiHealthIndicator;
import se.lefi.client.spring.boot.autoconfigure.internal.Boot4LefiHealthIndicator;
import se.lefi.client.spring.boot.autoconfigure.internal.LefiHealthCheck;

/**
 * Adds the Actuator health contributor {@code lefi} for the application's {@link LefiClient},
 * whether the starter built it or the application did: DOWN while the client's circuit breaker is
 * open, and, with {@code lefi.client.health.probe.enabled=true}, the outcome of a cached probe of
 * the service. Works with Spring Boot 3's and 4's health APIs; switch it off with
 * {@code management.health.lefi.enabled=false}.
 *
 * <pre>{@code
 * GET /actuator/health/lefi   ->  {"status":"UP","details":{"version":"6.0","circuitBreaker":"CLOSED",...}}
 * }</pre>
 */
@AutoConfiguration(after = LefiClientAutoConfiguration.class)
@ConditionalOnSingleCandidate(LefiClient.class)
@ConditionalOnProperty(prefix = "management.health.lefi", name = "enabled", matchIfMissing = true)
public class LefiClientHealthAutoConfiguration {

    private static LefiHealthCheck check(LefiClient client, LefiClientProperties properties) {
        LefiClientProperties.Probe probe = properties.getHealth().getProbe();
        return new LefiHealthCheck(client, probe.isEnabled(), probe.getInterval(), Clock.systemUTC());
    }

    /** Spring Boot 3: {@code org.springframework.boot.actuate.health}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
    @ConditionalOnMissingClass("org.springframework.boot.health.contributor.HealthIndicator")
    static class Boot3Health {

        @Bean
        @ConditionalOnMissingBean(name = "lefiHealthIndicator")
        Boot3LefiHealthIndicator lefiHealthIndicator(LefiClient client, LefiClientProperties properties) {
            return new Boot3LefiHealthIndicator(check(client, properties));
        }
    }

    /** Spring Boot 4: {@code org.springframework.boot.health.contributor}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
    static class Boot4Health {

        @Bean
        @ConditionalOnMissingBean(name = "lefiHealthIndicator")
        Boot4LefiHealthIndicator lefiHealthIndicator(LefiClient client, LefiClientProperties properties) {
            return new Boot4LefiHealthIndicator(check(client, properties));
        }
    }
}
