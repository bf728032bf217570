package se.lefi.client.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Makes a PKCS#12 key store with a fresh key pair, with the JDK's own keytool. */
final class KeyTool {

    private KeyTool() {
    }

    static Path keyStore(Path dir, String password) throws Exception {
        Path store = dir.resolve("org.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "org", "-keyalg", "EC", "-dname", "CN=Testorganisation 2120000142",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", password)
                .redirectErrorStream(true).start();
        assertThat(keytool.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
        return store;
    }
}
