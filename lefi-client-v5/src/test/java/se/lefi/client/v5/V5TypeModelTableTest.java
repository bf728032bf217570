package se.lefi.client.v5;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import se.lefi.client.internal.xml.TypeModelTableCheck;
import se.lefi.client.v5.internal.jaxb.HamtaFormansinformationSvar;
import se.lefi.client.v5.internal.jaxb.ObjectFactory;

/** The build-time type model table of the generated 5.x classes says what their annotations say. */
class V5TypeModelTableTest {

    @Test
    void differences_whenTableComparedWithAnnotations_noneForEveryGeneratedClass() throws IOException {
        assertThat(TypeModelTableCheck.differences(ObjectFactory.class)).isEmpty();
    }

    @Test
    void listedClasses_whenBuilt_listsTheAnswerAndItsParts() {
        // The answer class and the classes it is made of: dozens, not a handful.
        assertThat(TypeModelTableCheck.listedClasses(HamtaFormansinformationSvar.class)).isGreaterThan(20);
    }
}
