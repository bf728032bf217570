package se.lefi.client.internal.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.util.Collections;
import java.util.Objects;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Builds the {@link SSLContext} for mutual TLS from a PKCS#12 key store (the organisation's
 * client certificate) and an optional trust store.
 *
 * <p>There is deliberately no way to trust every certificate: without a trust store the JVM's
 * default trust anchors apply, and the transport always verifies the host name.
 *
 * <pre>{@code
 * KeyStore key = TlsContexts.readPkcs12(Path.of("org.p12"), password, "key store");
 * SSLContext tls = TlsContexts.create(key, password, null);
 * }</pre>
 */
public final class TlsContexts {

    private TlsContexts() {
    }

    /**
     * Reads a PKCS#12 file.
     *
     * @param file the file
     * @param password its password
     * @param what "key store" or "trust store", for messages
     * @return the loaded key store
     * @throws IllegalArgumentException if the file cannot be read or is not PKCS#12 with that password
     */
    public static KeyStore readPkcs12(Path file, char[] password, String what) {
        Objects.requireNonNull(file, what);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("the " + what + " file " + file + " cannot be read: "
                    + e.getClass().getSimpleName(), e);
        }
        return readPkcs12(bytes, password, what);
    }

    /**
     * Reads PKCS#12 bytes.
     *
     * @param pkcs12 the bytes
     * @param password their password
     * @param what "key store" or "trust store", for messages
     * @return the loaded key store
     * @throws IllegalArgumentException if the bytes are not PKCS#12 with that password
     */
    public static KeyStore readPkcs12(byte[] pkcs12, char[] password, String what) {
        Objects.requireNonNull(pkcs12, what);
        Objects.requireNonNull(password, what + " password");
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(pkcs12), password);
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("the " + what + " cannot be read as PKCS#12: wrong password or not a"
                    + " PKCS#12 file (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /**
     * Checks that a key store holds a private key with its certificate chain.
     *
     * @param keyStore the key store
     * @throws IllegalArgumentException if it holds no private key
     */
    public static void requirePrivateKey(KeyStore keyStore) {
        try {
            for (String alias : Collections.list(keyStore.aliases())) {
                if (keyStore.isKeyEntry(alias)) {
                    return;
                }
            }
        } catch (KeyStoreException e) {
            throw new IllegalArgumentException("the key store is not loaded", e);
        }
        throw new IllegalArgumentException("the key store holds no private key; mutual TLS needs the organisation's"
                + " client certificate with its private key");
    }

    /**
     * Checks that a trust store holds at least one trusted certificate.
     *
     * @param trustStore the trust store
     * @throws IllegalArgumentException if it holds none
     */
    public static void requireCertificate(KeyStore trustStore) {
        try {
            for (String alias : Collections.list(trustStore.aliases())) {
                if (trustStore.isCertificateEntry(alias) || trustStore.getCertificate(alias) != null) {
                    return;
                }
            }
        } catch (KeyStoreException e) {
            throw new IllegalArgumentException("the trust store is not loaded", e);
        }
        throw new IllegalArgumentException("the trust store holds no certificate");
    }

    /**
     * Builds a TLS context.
     *
     * @param keyStore the client certificate and key, or null for none
     * @param keyPassword the key's password (for PKCS#12 the store's), or null with no key store
     * @param trustStore the trusted certificates, or null for the JVM's defaults
     * @return the context
     * @throws IllegalArgumentException if the key cannot be recovered with the password
     */
    public static SSLContext create(KeyStore keyStore, char[] keyPassword, KeyStore trustStore) {
        try {
            KeyManagerFactory kmf = null;
            if (keyStore != null) {
                kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                kmf.init(keyStore, keyPassword);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trustStore);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("no TLS context could be built from the key and trust stores: "
                    + e.getClass().getSimpleName(), e);
        }
    }
}
