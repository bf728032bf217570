package se.lefi.client.spring.boot.autoconfigure;

import se.lefi.client.LefiClient;

/**
 * Adjusts the builder of the auto-configured {@link LefiClient} after the {@code lefi.client.*}
 * properties are applied, for what properties cannot say (your own Resilience4j instances, an
 * executor, a rate limit). Every such bean is applied, in {@code @Order}.
 *
 * <pre>{@code
 * @Bean
 * LefiClientBuilderCustomizer agreedRate() {
 *     return builder -> builder.rateLimiter(RateLimiter.of("lefi", RateLimiterConfig.custom()
 *             .limitForPeriod(10).limitRefreshPeriod(Duration.ofSeconds(1)).build()));
 * }
 * }</pre>
 */
@FunctionalInterface
public interface LefiClientBuilderCustomizer {

    /**
     * Adjusts the builder.
     *
     * @param builder the builder, with the properties already applied
     */
    void customize(LefiClient.Builder builder);
}
