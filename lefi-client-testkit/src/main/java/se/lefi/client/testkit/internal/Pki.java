package se.lefi.client.testkit.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Makes the simulator's small PKI in memory: a CA, a server certificate for the simulator's host
 * names and a client certificate for the querying organisation, with EC P-256 keys (fast to make).
 * They are valid from an hour ago for 30 days and never leave the JVM unless asked to. The
 * project's own TLS tests make their CAs and certificates here too.
 *
 * <pre>{@code
 * Pki.Issued ca = Pki.ca("Test CA");
 * Pki.Issued server = Pki.server(ca, List.of("localhost"));
 * KeyStore keys = Pki.keyStore(server, password, ca.certificate());
 * }</pre>
 */
public final class Pki {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Pki() {
    }

    /**
     * Holds a key pair with its certificate.
     *
     * @param keys the keys
     * @param certificate the certificate
     */
    public record Issued(KeyPair keys, X509Certificate certificate) {
    }

    /** Creates a self-signed CA. */
    public static Issued ca(String name) {
        KeyPair keys = keyPair();
        X500Name subject = new X500Name("CN=" + name + ",O=lefi-client test kit");
        X509v3CertificateBuilder builder = builder(subject, subject, keys);
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Issued(keys, sign(builder, keys.getPrivate()));
    }

    /** Issues a server certificate for the given host names and IP addresses. */
    public static Issued server(Issued ca, List<String> hosts) {
        GeneralName[] names = hosts.stream().map(Pki::generalName).toArray(GeneralName[]::new);
        return issue(ca, "CN=" + hosts.get(0) + ",O=lefi-client test kit", KeyPurposeId.id_kp_serverAuth, names);
    }

    /** Issues a client certificate. */
    public static Issued client(Issued ca, String name) {
        return issue(ca, "CN=" + name + ",O=lefi-client test kit", KeyPurposeId.id_kp_clientAuth);
    }

    /** Returns a PKCS#12 key store with the key under alias {@code key} and its chain. */
    public static KeyStore keyStore(Issued issued, char[] password, X509Certificate... above) {
        try {
            KeyStore store = emptyStore();
            Certificate[] chain = new Certificate[above.length + 1];
            chain[0] = issued.certificate();
            System.arraycopy(above, 0, chain, 1, above.length);
            store.setKeyEntry("key", issued.keys().getPrivate(), password, chain);
            return store;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build a PKCS#12 key store", e);
        }
    }

    /** Returns a PKCS#12 trust store with the given certificates. */
    public static KeyStore trustStore(X509Certificate... trusted) {
        try {
            KeyStore store = emptyStore();
            for (int i = 0; i < trusted.length; i++) {
                store.setCertificateEntry("ca" + i, trusted[i]);
            }
            return store;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot build a PKCS#12 trust store", e);
        }
    }

    /** Returns a store's PKCS#12 bytes. */
    public static byte[] bytes(KeyStore store, char[] password) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password);
            return out.toByteArray();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot write a PKCS#12 store", e);
        }
    }

    /** Returns DER bytes as PEM text of the given type, e.g. {@code CERTIFICATE}. */
    public static byte[] pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return ("-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Writes a store as a PKCS#12 file and returns the file. */
    public static Path write(KeyStore store, char[] password, Path file) {
        return writeFile(file, bytes(store, password));
    }

    /** Writes a certificate as a PEM file and returns the file. */
    public static Path writePem(X509Certificate certificate, Path file) {
        try {
            return writeFile(file, pem("CERTIFICATE", certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encode a certificate", e);
        }
    }

    /** Writes a private key as an unencrypted PKCS#8 PEM file and returns the file. */
    public static Path writePem(PrivateKey key, Path file) {
        return writeFile(file, pem("PRIVATE KEY", key.getEncoded()));
    }

    private static Path writeFile(Path file, byte[] content) {
        try {
            return Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static GeneralName generalName(String host) {
        boolean ip = host.matches("\\d{1,3}(\\.\\d{1,3}){3}") || host.contains(":");
        return new GeneralName(ip ? GeneralName.iPAddress : GeneralName.dNSName, host);
    }

    private static Issued issue(Issued ca, String subject, KeyPurposeId purpose, GeneralName... names) {
        KeyPair keys = keyPair();
        X509v3CertificateBuilder builder = builder(
                X500Name.getInstance(ca.certificate().getSubjectX500Principal().getEncoded()), new X500Name(subject), keys);
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose));
            if (names.length > 0) {
                builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Issued(keys, sign(builder, ca.keys().getPrivate()));
    }

    private static KeyStore emptyStore() throws GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try {
            store.load(null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return store;
    }

    private static X509v3CertificateBuilder builder(X500Name issuer, X500Name subject, KeyPair keys) {
        Instant now = Instant.now();
        return new JcaX509v3CertificateBuilder(issuer, new BigInteger(64, RANDOM).abs().add(BigInteger.ONE),
                Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(30))), subject,
                keys.getPublic());
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey) {
        try {
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
        } catch (OperatorCreationException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a certificate", e);
        }
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make an EC key pair", e);
        }
    }
}
