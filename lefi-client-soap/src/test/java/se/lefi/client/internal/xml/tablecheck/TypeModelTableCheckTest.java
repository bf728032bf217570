package se.lefi.client.internal.xml.tablecheck;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.lefi.client.internal.xml.TypeModelTableCheck;

/**
 * The check that guards the build-time table finds a table that disagrees with the annotations:
 * this package's table (a test resource) lists {@link Listed} with its properties in the wrong
 * order and leaves {@link Unlisted} out.
 */
class TypeModelTableCheckTest {

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "Listed", propOrder = {"first", "second"})
    static class Listed {
        @XmlElement(required = true)
        String first;
        String second;
    }

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "Unlisted")
    static class Unlisted {
        String only;
    }

    @Test
    void differences_whenTableDisagreesWithAnnotations_namesEachClass() throws IOException {
        List<String> differences = TypeModelTableCheck.differences(Listed.class);

        assertThat(differences).anySatisfy(d -> assertThat(d).startsWith(Listed.class.getName() + ": properties differ"));
        assertThat(differences).anySatisfy(d -> assertThat(d).isEqualTo(Unlisted.class.getName() + ": not in the table"));
        assertThat(differences).anySatisfy(d -> assertThat(d).startsWith("se.lefi.client.internal.xml.tablecheck.Gone: in the table"));
    }
}
