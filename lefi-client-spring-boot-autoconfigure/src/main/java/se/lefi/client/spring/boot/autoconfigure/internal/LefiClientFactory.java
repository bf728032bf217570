package se.lefi.client.spring.boot.autoconfigure.internal;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiVersion;
import se.lefi.client.spring.boot.autoconfigure.LefiClientBuilderCustomizer;
import se.lefi.client.spring.boot.autoconfigure.LefiClientProperties;

/**
 * Builds the application's {@link LefiClient} from validated {@code lefi.client.*} properties, an
 * SSL bundle and the customizers, and turns the SDK's start-up errors into messages that name the
 * property to fix.
 *
 * <pre>{@code
 * LefiClient client = new LefiClientFactory(properties, sslBundles).create(customizers);
 * }</pre>
 */
public final class LefiClientFactory {

    private static final Logger LOG = LoggerFactory.getLogger(LefiClientFactory.class);

    private final LefiClientProperties properties;
    private final SslBundles sslBundles;

    /**
     * Creates the factory.
     *
     * @param properties the bound and validated properties
     * @param sslBundles the application's SSL bundles, or null when it has none
     */
    public LefiClientFactory(LefiClientProperties properties, SslBundles sslBundles) {
        this.properties = properties;
        this.sslBundles = sslBundles;
    }

    /**
     * Builds the client.
     *
     * @param customizers applied in order after the properties
     * @return the client, which the application context closes
     * @throws IllegalStateException naming the property when the settings do not make a client
     */
    public LefiClient create(List<LefiClientBuilderCustomizer> customizers) {
        if (properties.getEndpoint() == null) {
            throw new IllegalStateException(LefiClientProperties.PREFIX + ".endpoint is required: the LEFI service's"
                    + " address from the connection agreement, e.g. https://lefi.example/lefionline");
        }
        if (properties.getVersion() == null || properties.getVersion().isBlank()) {
            throw new IllegalStateException(LefiClientProperties.PREFIX + ".version is required: one of "
                    + Arrays.stream(LefiVersion.values()).map(LefiVersion::wireValue).collect(Collectors.joining(", ")));
        }
        // Known versions were checked when the properties were bound.
        LefiVersion version = LefiVersion.fromWireValue(properties.getVersion().trim()).orElseThrow();
        LefiClient.Builder builder = LefiClient.builder()
                .endpoint(properties.getEndpoint())
                .version(version)
                .connectTimeout(properties.getConnectTimeout())
                .responseTimeout(properties.getResponseTimeout())
                .maxConnections(properties.getMaxConnections())
                .maxResponseSize(properties.getMaxResponseSize().toBytes())
                .maxAttempts(properties.getRetry().getMaxAttempts())
                .retryBackoff(properties.getRetry().getInitialBackoff(), properties.getRetry().getMaxBackoff())
                .wireLogging(properties.isWireLogging());
        if (properties.getOrganisationsnummer() != null) {
            builder.organisationsnummer(properties.getOrganisationsnummer());
        }
        if (properties.getAktorsId() != null) {
            builder.aktorsId(properties.getAktorsId());
        }
        if (properties.getName() != null) {
            builder.name(properties.getName());
        }
        if (properties.getSslBundle() != null) {
            builder.sslContext(sslContext(properties.getSslBundle().trim()));
        }
        customizers.forEach(c -> c.customize(builder));
        LefiClient client;
        try {
            client = builder.build();
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new IllegalStateException("the LefiClient cannot be built from the " + LefiClientProperties.PREFIX
                    + ".* properties: " + e.getMessage() + hint(e.getMessage()), e);
        }
        LOG.debug("[operation=autoconfigure version={} endpointHost={} sslBundle={} customizers={}]", version,
                properties.getEndpoint().getHost(), properties.getSslBundle() != null, customizers.size());
        return client;
    }

    private SSLContext sslContext(String name) {
        String property = LefiClientProperties.PREFIX + ".ssl-bundle";
        if (sslBundles == null) {
            throw new IllegalStateException(property + "=" + name + " but the application has no SSL bundles"
                    + " (Spring Boot's SslAutoConfiguration is not active)");
        }
        SslBundle bundle;
        try {
            bundle = sslBundles.getBundle(name);
        } catch (NoSuchSslBundleException e) {
            throw new IllegalStateException(property + "=" + name + " names no SSL bundle; define"
                    + " spring.ssl.bundle.pem." + name + ".* or spring.ssl.bundle.jks." + name + ".*", e);
        }
        if (bundle.getOptions().isSpecified()) {
            // The SDK's transport negotiates with the JVM's protocols and ciphers; silently ignoring
            // the bundle's would mislead whoever set them.
            throw new IllegalStateException(property + "=" + name + ": the bundle sets options.ciphers or"
                    + " options.enabled-protocols, which the LEFI client does not apply; remove them from the bundle");
        }
        return bundle.createSslContext();
    }

    private static String hint(String message) {
        if (message != null && message.startsWith("organisationsnummer(")) {
            return " (set " + LefiClientProperties.PREFIX + ".organisationsnummer)";
        }
        if (message != null && message.startsWith("aktorsId(")) {
            return " (set " + LefiClientProperties.PREFIX + ".aktors-id)";
        }
        return "";
    }
}
