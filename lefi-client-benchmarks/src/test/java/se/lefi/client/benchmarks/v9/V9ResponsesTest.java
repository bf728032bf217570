package se.lefi.client.benchmarks.v9;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.lefi.client.benchmarks.Responses.Size;

class V9ResponsesTest {

    @ParameterizedTest
    @EnumSource(Size.class)
    void bytes_whenBuilt_areValidAgainstTheV9Schema(Size size) {
        String json = new String(V9Responses.bytes(size), StandardCharsets.UTF_8);
        assertThat(V9SchemaCheck.answerErrors(json)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Size.class)
    void bytes_whenBuilt_sizeIsNearItsTarget(Size size) {
        int length = V9Responses.bytes(size).length;
        switch (size) {
            case SMALL -> assertThat(length).isBetween(8 * 1024, 16 * 1024);
            case MEDIUM -> assertThat(length).isBetween(200 * 1024, 210 * 1024);
            case LARGE -> assertThat(length).isBetween(5 * 1024 * 1024, 5 * 1024 * 1024 + 10 * 1024);
            default -> throw new AssertionError(size);
        }
    }

    @ParameterizedTest
    @EnumSource(Size.class)
    void bytes_whenBuiltTwice_areIdentical(Size size) {
        // Two real builds, not the cache's copies: nothing in a build may depend on time or chance.
        assertThat(V9Responses.build(size)).isEqualTo(V9Responses.build(size));
    }

    @ParameterizedTest
    @EnumSource(value = Size.class, names = {"MEDIUM", "LARGE"})
    void payments_whenLarger_repeatTheTypicalPaymentsWithShiftedDates(Size size) {
        String json = new String(V9Responses.bytes(size), StandardCharsets.UTF_8);
        assertThat(V9Responses.payments(size)).isGreaterThan(size == Size.LARGE ? 1000 : 30);
        // The second week's first payment is the first one a week later.
        assertThat(json).contains("\"datum\":\"2019-11-20\"").contains("\"datum\":\"2019-11-27\"");
    }
}
