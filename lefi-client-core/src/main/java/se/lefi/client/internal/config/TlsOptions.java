package se.lefi.client.internal.config;

import java.nio.file.Path;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import se.lefi.client.internal.tls.TlsContexts;

/**
 * Collects the TLS settings of a client builder (a ready {@link SSLContext}, or PKCS#12 key and
 * trust stores) and turns them into the context the transport uses; checks that they are not
 * mixed.
 *
 * <pre>{@code
 * TlsOptions tls = new TlsOptions();
 * tls.keyStore(Path.of("org.p12"), password);
 * SSLContext context = tls.context();   // null: the JVM's default
 * }</pre>
 */
public final class TlsOptions {

    private SSLContext sslContext;
    private KeyStore keyStore;
    private char[] keyStorePassword;
    private KeyStore trustStore;

    /**
     * Sets a ready context.
     *
     * @param context the context
     */
    public void sslContext(SSLContext context) {
        this.sslContext = Arguments.notNull(context, "sslContext");
    }

    /**
     * Reads a PKCS#12 key store from a file.
     *
     * @param file the file
     * @param password its password, also the key's
     */
    public void keyStore(Path file, char[] password) {
        Arguments.notNull(file, "keyStore path");
        Arguments.notNull(password, "keyStore password");
        keyStore(TlsContexts.readPkcs12(file, password, "key store"), password);
    }

    /**
     * Reads a PKCS#12 key store from bytes.
     *
     * @param pkcs12 the bytes
     * @param password their password, also the key's
     */
    public void keyStore(byte[] pkcs12, char[] password) {
        Arguments.notNull(pkcs12, "keyStore bytes");
        Arguments.notNull(password, "keyStore password");
        keyStore(TlsContexts.readPkcs12(pkcs12, password, "key store"), password);
    }

    /**
     * Uses a loaded key store.
     *
     * @param store the store with the private key
     * @param keyPassword the key's password
     */
    public void keyStore(KeyStore store, char[] keyPassword) {
        Arguments.notNull(store, "keyStore");
        Arguments.notNull(keyPassword, "keyPassword");
        TlsContexts.requirePrivateKey(store);
        this.keyStore = store;
        this.keyStorePassword = keyPassword.clone();
    }

    /**
     * Reads a PKCS#12 trust store from a file.
     *
     * @param file the file
     * @param password its password
     */
    public void trustStore(Path file, char[] password) {
        Arguments.notNull(file, "trustStore path");
        Arguments.notNull(password, "trustStore password");
        trustStore(TlsContexts.readPkcs12(file, password, "trust store"));
    }

    /**
     * Reads a PKCS#12 trust store from bytes.
     *
     * @param pkcs12 the bytes
     * @param password their password
     */
    public void trustStore(byte[] pkcs12, char[] password) {
        Arguments.notNull(pkcs12, "trustStore bytes");
        Arguments.notNull(password, "trustStore password");
        trustStore(TlsContexts.readPkcs12(pkcs12, password, "trust store"));
    }

    /**
     * Uses loaded trusted certificates.
     *
     * @param store the certificates
     */
    public void trustStore(KeyStore store) {
        Arguments.notNull(store, "trustStore");
        TlsContexts.requireCertificate(store);
        this.trustStore = store;
    }

    /** Tells whether any TLS setting was made. */
    public boolean isSet() {
        return sslContext != null || keyStore != null || trustStore != null;
    }

    /** Tells whether a client certificate was given (a context may hold one too; it is not inspected). */
    public boolean hasClientCertificate() {
        return keyStore != null || sslContext != null;
    }

    /**
     * Checks that the settings are not mixed.
     *
     * @throws IllegalStateException if both a context and stores were given
     */
    public void check() {
        if (sslContext != null && (keyStore != null || trustStore != null)) {
            throw new IllegalStateException("set either sslContext(...) or keyStore(...)/trustStore(...), not both");
        }
    }

    /** Returns the context to use: the one given, one built from the stores, or null for the JVM's default. */
    public SSLContext context() {
        if (keyStore == null && trustStore == null) {
            return sslContext;
        }
        return TlsContexts.create(keyStore, keyStorePassword, trustStore);
    }
}
