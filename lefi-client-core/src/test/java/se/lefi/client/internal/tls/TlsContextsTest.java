package se.lefi.client.internal.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyStore;
import org.junit.jupiter.api.Test;

class TlsContextsTest {

    @Test
    void readPkcs12_whenNotPkcs12_throwsIllegalArgumentException() {
        assertThatThrownBy(() -> TlsContexts.readPkcs12(new byte[] {1, 2, 3}, "pw".toCharArray(), "key store"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key store cannot be read as PKCS#12");
    }

    @Test
    void requirePrivateKey_whenEmpty_throwsIllegalArgumentException() throws Exception {
        KeyStore empty = KeyStore.getInstance("PKCS12");
        empty.load(null, null);

        assertThatThrownBy(() -> TlsContexts.requirePrivateKey(empty)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no private key");
        assertThatThrownBy(() -> TlsContexts.requireCertificate(empty)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no certificate");
    }

    @Test
    void create_whenNoStores_usesJvmDefaults() {
        assertThat(TlsContexts.create(null, null, null).getProtocol()).isEqualTo("TLS");
    }
}
