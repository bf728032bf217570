package se.lefi.client.internal.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiVersion;

/**
 * Fills a {@link LefiClient.Builder} from named settings (see {@link ClientSetting}), wherever they
 * come from: environment variables, a {@code Properties} object, or the {@code lefi} tool's
 * options. A setting that is absent leaves the builder as it was; one that is malformed fails with
 * an {@link IllegalArgumentException} naming the setting (never its value, which may be a password).
 *
 * <pre>{@code
 * ClientSettings.apply(LefiClient.builder(), s -> System.getenv(s.variable()), ClientSetting::variable);
 * }</pre>
 */
public final class ClientSettings {

    private ClientSettings() {
    }

    /**
     * Applies every setting the lookup knows.
     *
     * @param builder the builder to fill
     * @param lookup gives a setting's value, or null when it is not set
     * @param naming names a setting in messages (its variable or property name)
     * @return the builder
     * @throws IllegalArgumentException if a value is malformed or a store cannot be read
     */
    public static LefiClient.Builder apply(LefiClient.Builder builder, Function<ClientSetting, String> lookup,
            Function<ClientSetting, String> naming) {
        Values v = new Values(lookup, naming);
        v.ifSet(ClientSetting.ENDPOINT, s -> builder.endpoint(uri(v, ClientSetting.ENDPOINT, s)));
        v.ifSet(ClientSetting.VERSION, s -> builder.version(LefiVersion.fromWireValue(s).orElseThrow(
                () -> new IllegalArgumentException(naming.apply(ClientSetting.VERSION)
                        + " must be a contract version such as 5.0, 5.1 or 6.0"))));
        v.ifSet(ClientSetting.ORGANISATIONSNUMMER, s -> builder.organisationsnummer(s));
        v.ifSet(ClientSetting.AKTORS_ID, s -> builder.aktorsId(s));
        v.ifSet(ClientSetting.KEYSTORE, s -> builder.keyStore(Path.of(s), v.password(ClientSetting.KEYSTORE_PASSWORD,
                ClientSetting.KEYSTORE)));
        v.ifSet(ClientSetting.TRUSTSTORE, s -> builder.trustStore(Path.of(s),
                v.password(ClientSetting.TRUSTSTORE_PASSWORD, ClientSetting.TRUSTSTORE)));
        v.ifSet(ClientSetting.PROXY, s -> {
            URI proxy = uri(v, ClientSetting.PROXY, s);
            String user = v.get(ClientSetting.PROXY_USERNAME);
            if (user == null) {
                builder.proxy(proxy);
            } else {
                builder.proxy(proxy, user, v.password(ClientSetting.PROXY_PASSWORD, ClientSetting.PROXY_USERNAME));
            }
        });
        v.ifSet(ClientSetting.CONNECT_TIMEOUT, s -> builder.connectTimeout(duration(v, ClientSetting.CONNECT_TIMEOUT, s)));
        v.ifSet(ClientSetting.RESPONSE_TIMEOUT,
                s -> builder.responseTimeout(duration(v, ClientSetting.RESPONSE_TIMEOUT, s)));
        v.ifSet(ClientSetting.MAX_CONNECTIONS, s -> builder.maxConnections(integer(v, ClientSetting.MAX_CONNECTIONS, s)));
        v.ifSet(ClientSetting.NAME, builder::name);
        return builder;
    }

    private static URI uri(Values v, ClientSetting setting, String value) {
        try {
            return URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(v.name(setting) + " is not a valid URI");
        }
    }

    /** Reads whole seconds ({@code 30}) or an ISO-8601 duration ({@code PT0.5S}). */
    static Duration duration(Values v, ClientSetting setting, String value) {
        try {
            return value.matches("\\d+") ? Duration.ofSeconds(Long.parseLong(value)) : Duration.parse(value);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException(v.name(setting) + " must be seconds or an ISO-8601 duration such as PT5S");
        }
    }

    private static int integer(Values v, ClientSetting setting, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(v.name(setting) + " must be a whole number");
        }
    }

    /** Looks values up, trimmed, with blank meaning absent. */
    private record Values(Function<ClientSetting, String> lookup, Function<ClientSetting, String> naming) {
        String get(ClientSetting setting) {
            String value = lookup.apply(setting);
            return value == null || value.isBlank() ? null : value.trim();
        }

        void ifSet(ClientSetting setting, java.util.function.Consumer<String> action) {
            String value = get(setting);
            if (value != null) {
                action.accept(value);
            }
        }

        char[] password(ClientSetting password, ClientSetting of) {
            // Passwords are taken as given: spaces may be part of them.
            String value = lookup.apply(password);
            if (value == null) {
                throw new IllegalArgumentException(name(of) + " is set but " + name(password) + " is not");
            }
            return value.toCharArray();
        }

        String name(ClientSetting setting) {
            return naming.apply(setting);
        }
    }
}
