package se.lefi.client.spring.boot.autoconfigure;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.lefi.client.LefiClient;
import se.lefi.client.spring.boot.autoconfigure.internal.LefiClientFactory;

/**
 * Auto-configures one {@link LefiClient} from the {@code lefi.client.*} properties
 * ({@link LefiClientProperties}), closed with the application context. It backs off when the
 * application defines its own {@code LefiClient} bean, and binds the client's metrics to the
 * application's {@code MeterRegistry} when Micrometer and resilience4j-micrometer are present.
 *
 * <pre>{@code
 * @SpringBootApplication(exclude = LefiClientAutoConfiguration.class) // to switch it off
 * }</pre>
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration",
        "org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration"})
@ConditionalOnClass(LefiClient.class)
@EnableConfigurationProperties(LefiClientProperties.class)
public class LefiClientAutoConfiguration {

    /**
     * Builds the client; {@code close()} is called when the context closes.
     *
     * @param properties the bound properties
     * @param sslBundles the SSL bundles, if the application has them
     * @param customizers the builder customizers, in order
     * @return the client
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public LefiClient lefiClient(LefiClientProperties properties, ObjectProvider<SslBundles> sslBundles,
            ObjectProvider<LefiClientBuilderCustomizer> customizers) {
        return new LefiClientFactory(properties, sslBundles.getIfAvailable())
                .create(customizers.orderedStream().toList());
    }

    /** Binds the client's Resilience4j meters to the application's registry; needs both libraries. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"io.micrometer.core.instrument.MeterRegistry",
            "io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetricsPublisher"})
    static class MetricsConfiguration {

        @Bean
        LefiClientBuilderCustomizer lefiClientMeterRegistryCustomizer(ObjectProvider<MeterRegistry> registry) {
            // Looked up when the client is built, so the order of the auto-configurations does not matter.
            return builder -> registry.ifUnique(builder::meterRegistry);
        }
    }
}
