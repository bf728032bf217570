package se.lefi.client.functional;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the copies of version 9's OpenAPI in step: the adapter reads it at build time, the test
 * kit's simulator shapes its answers by it, and neither module may depend on the other, so each
 * carries its own copy. An update to one that forgets the other would let the simulator drift
 * from what the adapter decodes.
 */
class ContractCopiesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static boolean isSource(Path file) {
        Path relative = ROOT.relativize(file);
        return relative.getNameCount() > 1 && relative.getName(1).toString().equals("src");
    }

    @Test
    void v9OpenApi_whenCopiedIntoSeveralModules_isTheSameFileEverywhere() throws Exception {
        List<Path> copies;
        try (Stream<Path> files = Files.walk(ROOT)) {
            copies = files.filter(p -> p.getFileName().toString().equals("lefi-extern-v9.openapi.yaml"))
                    .filter(ContractCopiesTest::isSource)
                    .toList();
        }
        Path adapterCopy = ROOT.resolve(
                "lefi-client-v9/src/main/resources/se/lefi/client/v9/contract/lefi-extern-v9.openapi.yaml");

        assertThat(copies).contains(adapterCopy).hasSizeGreaterThanOrEqualTo(2);
        byte[] expected = Files.readAllBytes(adapterCopy);
        for (Path copy : copies) {
            assertThat(Files.readAllBytes(copy)).as(ROOT.relativize(copy).toString()).isEqualTo(expected);
        }
    }
}
