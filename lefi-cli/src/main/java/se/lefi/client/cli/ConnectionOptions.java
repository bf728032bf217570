package se.lefi.client.cli;

import java.io.Console;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine.Option;
import se.lefi.client.LefiClient;
import se.lefi.client.internal.config.ClientSetting;
import se.lefi.client.internal.config.ClientSettings;

/**
 * Reads the connection settings every command shares: each from its option, else its environment
 * variable ({@code LEFI_ENDPOINT}, ...), else the properties file ({@code --config} or
 * {@code LEFI_CONFIG}, keys {@code lefi.endpoint}, ...), else the default.
 */
final class ConnectionOptions {

    /** The organisation the simulator knows by default (a kommun, which sees everything). */
    static final String SIMULATOR_ORGANISATION = "2120000142";

    @Option(names = "--endpoint", paramLabel = "URI", description = "the endpoint of the connection agreement"
            + " (LEFI_ENDPOINT, lefi.endpoint)")
    String endpoint;

    @Option(names = "--contract", paramLabel = "VERSION", description = "contract version: 5.0, 5.1, 6.0 or 9"
            + " (LEFI_VERSION, lefi.version; default 6.0)")
    String contract;

    @Option(names = "--org", paramLabel = "ORGNR", description = "the querying organisationsnummer"
            + " (LEFI_ORGANISATIONSNUMMER, lefi.organisationsnummer)")
    String organisationsnummer;

    @Option(names = "--aktors-id", paramLabel = "ID", description = "the aktörs-id FK issued, used by LEFI version 9"
            + " only (LEFI_AKTORS_ID, lefi.aktors-id)")
    String aktorsId;

    @Option(names = "--keystore", paramLabel = "FILE", description = "PKCS#12 file with the organisation certificate"
            + " (LEFI_KEYSTORE, lefi.keystore)")
    String keyStore;

    @Option(names = "--keystore-password", paramLabel = "PASSWORD", description = "its password (LEFI_KEYSTORE_PASSWORD,"
            + " lefi.keystore-password; asked for on a terminal when missing)")
    String keyStorePassword;

    @Option(names = "--truststore", paramLabel = "FILE", description = "PKCS#12 file with the CA certificates to trust"
            + " instead of the JVM's (LEFI_TRUSTSTORE, lefi.truststore)")
    String trustStore;

    @Option(names = "--truststore-password", paramLabel = "PASSWORD", description = "its password"
            + " (LEFI_TRUSTSTORE_PASSWORD, lefi.truststore-password)")
    String trustStorePassword;

    @Option(names = "--proxy", paramLabel = "URI", description = "HTTP forward proxy, http://host:port (LEFI_PROXY,"
            + " lefi.proxy; user and password in LEFI_PROXY_USERNAME, LEFI_PROXY_PASSWORD)")
    String proxy;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "response timeout in seconds"
            + " (LEFI_RESPONSE_TIMEOUT, lefi.response-timeout; default 30)")
    String timeout;

    @Option(names = "--config", paramLabel = "FILE", description = "properties file with lefi.* settings (LEFI_CONFIG)")
    Path config;

    @Option(names = "--simulator", description = "start the built-in simulated LEFI Online and query it")
    boolean simulator;

    /** Resolves every setting from options, environment and file, in that order. */
    Map<ClientSetting, String> resolve(LefiCli.Environment env) {
        Map<ClientSetting, String> options = new EnumMap<>(ClientSetting.class);
        put(options, ClientSetting.ENDPOINT, endpoint);
        put(options, ClientSetting.VERSION, contract);
        put(options, ClientSetting.ORGANISATIONSNUMMER, organisationsnummer);
        put(options, ClientSetting.AKTORS_ID, aktorsId);
        put(options, ClientSetting.KEYSTORE, keyStore);
        put(options, ClientSetting.KEYSTORE_PASSWORD, keyStorePassword);
        put(options, ClientSetting.TRUSTSTORE, trustStore);
        put(options, ClientSetting.TRUSTSTORE_PASSWORD, trustStorePassword);
        put(options, ClientSetting.PROXY, proxy);
        put(options, ClientSetting.RESPONSE_TIMEOUT, timeout);
        Properties file = configFile(env);
        Map<ClientSetting, String> resolved = new EnumMap<>(ClientSetting.class);
        for (ClientSetting s : ClientSetting.values()) {
            String value = options.get(s);
            if (value == null) {
                value = env.variables().get(s.variable());
            }
            if (value == null) {
                value = file.getProperty(s.property());
            }
            put(resolved, s, value);
        }
        return resolved;
    }

    /**
     * Builds the client, against the given simulator endpoint when there is one.
     *
     * @throws IllegalArgumentException naming what is missing or malformed, never a password
     */
    LefiClient.Builder builder(LefiCli.Environment env, SimulatorHandle simulatorHandle) {
        Map<ClientSetting, String> settings = resolve(env);
        if (simulatorHandle != null) {
            String version = settings.get(ClientSetting.VERSION);
            if (version != null && se.lefi.client.LefiVersion.fromWireValue(version.trim())
                    .filter(se.lefi.client.LefiVersion.V9_0::equals).isPresent()) {
                // Version 9 takes the base URL and knows the organisation by its aktörs-id.
                settings.put(ClientSetting.ENDPOINT, simulatorHandle.baseUrl().toString());
                settings.putIfAbsent(ClientSetting.AKTORS_ID, simulatorHandle.aktorsId());
            } else {
                settings.put(ClientSetting.ENDPOINT, simulatorHandle.endpoint().toString());
            }
            settings.putIfAbsent(ClientSetting.ORGANISATIONSNUMMER, SIMULATOR_ORGANISATION);
        }
        require(settings, ClientSetting.ENDPOINT, "--endpoint");
        if (settings.get(ClientSetting.AKTORS_ID) == null) {
            // Versions 5.x and 6.0 identify the organisation by its number; version 9 by the aktörs-id.
            require(settings, ClientSetting.ORGANISATIONSNUMMER, "--org");
        }
        settings.putIfAbsent(ClientSetting.VERSION, "6.0");
        askForMissingPassword(settings, ClientSetting.KEYSTORE, ClientSetting.KEYSTORE_PASSWORD, env);
        askForMissingPassword(settings, ClientSetting.TRUSTSTORE, ClientSetting.TRUSTSTORE_PASSWORD, env);
        return ClientSettings.apply(LefiClient.builder(), settings::get, ConnectionOptions::describe);
    }

    private static void require(Map<ClientSetting, String> settings, ClientSetting setting, String option) {
        if (settings.get(setting) == null) {
            throw new IllegalArgumentException("no " + setting.key() + ": give " + option + ", set " + setting.variable()
                    + ", or put " + setting.property() + " in the --config file");
        }
    }

    private static void askForMissingPassword(Map<ClientSetting, String> settings, ClientSetting store,
            ClientSetting password, LefiCli.Environment env) {
        if (settings.get(store) == null || settings.get(password) != null) {
            return;
        }
        Console console = env.terminal() ? System.console() : null;
        if (console == null) {
            throw new IllegalArgumentException("the " + store.key() + " needs a password: give --" + password.key()
                    + ", set " + password.variable() + ", or put " + password.property() + " in the --config file");
        }
        char[] typed = console.readPassword("Password for %s: ", Path.of(settings.get(store)).getFileName());
        settings.put(password, typed == null ? "" : new String(typed));
    }

    /** Names a setting in messages the way an operator can set it. */
    static String describe(ClientSetting setting) {
        return "--" + setting.key() + " (" + setting.variable() + ")";
    }

    private Properties configFile(LefiCli.Environment env) {
        Path file = config != null ? config
                : env.variables().get("LEFI_CONFIG") != null ? Path.of(env.variables().get("LEFI_CONFIG")) : null;
        Properties p = new Properties();
        if (file == null) {
            return p;
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            return p;
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("the config file " + file + " does not exist");
        } catch (IOException e) {
            throw new IllegalArgumentException("the config file " + file + " cannot be read: "
                    + e.getClass().getSimpleName());
        }
    }

    private static void put(Map<ClientSetting, String> map, ClientSetting key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }
}
