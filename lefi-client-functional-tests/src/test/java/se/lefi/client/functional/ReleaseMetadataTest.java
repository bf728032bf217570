package se.lefi.client.functional;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Keeps the release metadata in step with the modules: the BOM lists every published module and
 * aligns the same Resilience4j and Micrometer releases the build uses, the reproducible-build check
 * rebuilds every module the BOM lists; the licence files exist.
 */
class ReleaseMetadataTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void bom_whenComparedWithTheModules_listsEveryPublishedModule() throws Exception {
        List<String> published = new ArrayList<>();
        for (String module : texts(parse(ROOT.resolve("pom.xml")), "modules", "module")) {
            Document pom = parse(ROOT.resolve(module).resolve("pom.xml"));
            boolean deployed = !"true".equals(firstText(pom, "maven.deploy.skip"));
            if (deployed && !"pom".equals(firstText(pom, "packaging"))) {
                published.add(firstText(pom, "artifactId"));
            }
        }
        List<String> managed = texts(parse(ROOT.resolve("lefi-client-bom/pom.xml")), "dependency", "artifactId");

        assertThat(published).contains("lefi-client-core", "lefi-client-v6", "lefi-client-testkit", "lefi-cli");
        assertThat(managed).containsAll(published);
    }

    @Test
    void reproducibleBuildCheck_whenComparedWithTheBom_rebuildsEveryPublishedJar() throws Exception {
        List<String> bomModules = texts(parse(ROOT.resolve("lefi-client-bom/pom.xml")), "dependency", "artifactId")
                .stream().filter(id -> id.startsWith("lefi-")).toList();
        String script = Files.readString(ROOT.resolve(".ci/check-reproducible"));
        Matcher list = Pattern.compile("PUBLISHED=\"([^\"]+)\"").matcher(script);

        assertThat(list.find()).as("the PUBLISHED list in .ci/check-reproducible").isTrue();
        assertThat(List.of(list.group(1).split(","))).containsExactlyInAnyOrderElementsOf(bomModules);
    }

    @Test
    void bom_whenComparedWithTheParent_alignsTheSameMetricsReleases() throws Exception {
        Document parent = parse(ROOT.resolve("pom.xml"));
        Document bom = parse(ROOT.resolve("lefi-client-bom/pom.xml"));

        assertThat(texts(bom, "dependency", "artifactId")).contains("resilience4j-micrometer", "micrometer-core");
        assertThat(firstText(bom, "resilience4j.version")).isEqualTo(firstText(parent, "resilience4j.version"));
        assertThat(firstText(bom, "micrometer.version")).isEqualTo(firstText(parent, "micrometer.version"));
    }

    @Test
    void licence_whenReleased_isApache2WithANotice() throws Exception {
        assertThat(Files.readString(ROOT.resolve("LICENSE"))).contains("Apache License", "Version 2.0, January 2004");
        assertThat(ROOT.resolve("NOTICE")).isRegularFile();
        assertThat(texts(parse(ROOT.resolve("pom.xml")), "license", "name")).containsExactly("Apache-2.0");
        assertThat(texts(parse(ROOT.resolve("lefi-client-bom/pom.xml")), "license", "name"))
                .containsExactly("Apache-2.0");
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    /** Returns the text of every {@code child} element directly inside a {@code parent} element. */
    private static List<String> texts(Document doc, String parent, String child) {
        List<String> result = new ArrayList<>();
        NodeList parents = doc.getElementsByTagName(parent);
        for (int i = 0; i < parents.getLength(); i++) {
            NodeList children = ((Element) parents.item(i)).getChildNodes();
            for (int j = 0; j < children.getLength(); j++) {
                if (children.item(j) instanceof Element e && e.getTagName().equals(child)) {
                    result.add(e.getTextContent().trim());
                }
            }
        }
        return result;
    }

    /** Returns the text of the project's own element of that name (not the parent's), or null. */
    private static String firstText(Document doc, String name) {
        NodeList children = doc.getDocumentElement().getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e) {
                if (e.getTagName().equals(name)) {
                    return e.getTextContent().trim();
                }
                if (e.getTagName().equals("properties")) {
                    NodeList props = e.getElementsByTagName(name);
                    if (props.getLength() > 0) {
                        return props.item(0).getTextContent().trim();
                    }
                }
            }
        }
        return null;
    }
}
