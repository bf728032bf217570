package se.lefi.client.v9.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.lefi.client.v9.internal.model.LefiBelopp;
import se.lefi.client.v9.internal.model.LefiExternFormansinformationSvar;
import se.lefi.client.v9.internal.model.LefiExternTillgangligaInformationstyper;
import se.lefi.client.v9.internal.model.LefiPersoninformation;

class JsonTypeModelTest {

    @Test
    void resolveAll_fromTheAnswersRoots_modelsEveryReachableGeneratedClass() {
        Set<JsonTypeModel> seen = new HashSet<>();
        JsonTypeModel.of(LefiExternFormansinformationSvar.class).resolveAll(seen);
        JsonTypeModel.of(LefiExternTillgangligaInformationstyper.class).resolveAll(seen);
        // The spec has 213 schemas; the enums and the request's own types are not reachable objects.
        assertThat(seen.size()).isGreaterThan(150);
    }

    @Test
    void of_whenAGeneratedClassIsRead_takesKindsAndShapesFromTheSpecsTypes() {
        JsonTypeModel person = JsonTypeModel.of(LefiPersoninformation.class);
        assertThat(person.property("personnummer").kind()).isEqualTo(JsonTypeModel.Kind.PERSONNUMMER);
        assertThat(person.property("foddes").kind()).isEqualTo(JsonTypeModel.Kind.DATE_STRING);
        assertThat(JsonTypeModel.of(LefiBelopp.class).shape()).isEqualTo(JsonTypeModel.Shape.AMOUNT);
        assertThat(JsonTypeModel.of(LefiBelopp.class).property("summa").kind()).isEqualTo(JsonTypeModel.Kind.DECIMAL);
    }
}
