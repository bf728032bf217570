package se.lefi.client.spring.boot.autoconfigure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
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
 * Makes a small PKI in the test, never committed: a CA, and server and client certificates it
 * issues, as PKCS#12 key and trust stores or PEM files. EC P-256 keys keep generation fast.
 */
final class GeneratedPki {

    /** The password of every store made here. */
    public static final String PASSWORD = "changeit";

    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

    private GeneratedPki() {
    }

    /** A key pair with its certificate. */
    public record Issued(KeyPair keys, X509Certificate certificate) {

        /** Returns a PKCS#12 key store holding the key and its chain up to and including the issuer. */
        public KeyStore keyStore(X509Certificate... chainAbove) {
            try {
                KeyStore store = emptyStore();
                Certificate[] chain = new Certificate[chainAbove.length + 1];
                chain[0] = certificate;
                System.arraycopy(chainAbove, 0, chain, 1, chainAbove.length);
                store.setKeyEntry("key", keys.getPrivate(), PASSWORD.toCharArray(), chain);
                return store;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Creates a self-signed CA. */
    public static Issued ca(String name) {
        KeyPair keys = keyPair();
        X500Name subject = new X500Name("CN=" + name + ",O=lefi-client tests");
        X509v3CertificateBuilder builder = builder(subject, subject, keys);
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Issued(keys, sign(builder, keys.getPrivate()));
    }

    /** Issues a server certificate for the given DNS names. */
    public static Issued server(Issued ca, String... dnsNames) {
        return issue(ca, "CN=" + dnsNames[0], KeyPurposeId.id_kp_serverAuth, dnsNames);
    }

    /** Issues a client certificate (the organisation's). */
    public static Issued client(Issued ca, String name) {
        return issue(ca, "CN=" + name + ",O=Testorganisation", KeyPurposeId.id_kp_clientAuth);
    }

    private static Issued issue(Issued ca, String subject, KeyPurposeId purpose, String... dnsNames) {
        KeyPair keys = keyPair();
        X509v3CertificateBuilder builder = builder(X500Name.getInstance(ca.certificate().getSubjectX500Principal().getEncoded()),
                new X500Name(subject), keys);
        try {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose));
            if (dnsNames.length > 0) {
                GeneralName[] names = new GeneralName[dnsNames.length];
                for (int i = 0; i < dnsNames.length; i++) {
                    names[i] = new GeneralName(GeneralName.dNSName, dnsNames[i]);
                }
                builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Issued(keys, sign(builder, ca.keys().getPrivate()));
    }

    /** Returns a PKCS#12 trust store holding the given certificates. */
    public static KeyStore trustStore(X509Certificate... trusted) {
        try {
            KeyStore store = emptyStore();
            for (int i = 0; i < trusted.length; i++) {
                store.setCertificateEntry("ca" + i, trusted[i]);
            }
            return store;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Returns the PKCS#12 bytes of a store. */
    public static byte[] bytes(KeyStore store) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, PASSWORD.toCharArray());
            return out.toByteArray();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a store as a PKCS#12 file. */
    public static Path write(KeyStore store, Path file) {
        try {
            return Files.write(file, bytes(store));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a certificate as a PEM file. */
    public static Path writePem(X509Certificate certificate, Path file) {
        try {
            return Files.writeString(file, pem("CERTIFICATE", certificate.getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes a private key as an unencrypted PKCS#8 PEM file. */
    public static Path writePem(PrivateKey key, Path file) {
        try {
            return Files.writeString(file, pem("PRIVATE KEY", key.getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + java.util.Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                        .encodeToString(der)
                + "\n-----END " + type + "-----\n";
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
        return new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(SERIAL.incrementAndGet()),
                Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(1))), subject,
                keys.getPublic());
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey) {
        try {
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
        } catch (OperatorCreationException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
