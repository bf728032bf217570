package se.lefi.client.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.lefi.client.LefiClient;

/**
 * Proves the rule of the house that core knows no version: no class of core refers to an adapter
 * package or a generated class, not even by name. (The enforcer rule in core's pom keeps the
 * adapters out of its dependencies.)
 */
class VersionNeutralityTest {

    private static final Pattern ADAPTER_REFERENCE =
            Pattern.compile("se[/.]lefi[/.]client[/.]v\\d|[/.]internal[/.]jaxb|ObjectFactory");

    @Test
    void coreClasses_whenScanned_referToNoAdapterOrGeneratedClass() throws Exception {
        Path classes = Paths.get(LefiClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Path> offenders;
        try (Stream<Path> files = Files.walk(classes)) {
            offenders = files.filter(f -> f.toString().endsWith(".class")).filter(VersionNeutralityTest::refersToAdapter)
                    .toList();
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void coreClasses_whenScanned_areFound() throws Exception {
        Path classes = Paths.get(LefiClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes)) {
            assertThat(files.filter(f -> f.toString().endsWith(".class")).count()).isGreaterThan(30);
        }
    }

    private static boolean refersToAdapter(Path classFile) {
        try {
            // Class-file constant pools hold class names and strings in modified UTF-8; ASCII matches.
            String content = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
            return ADAPTER_REFERENCE.matcher(content).find();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
