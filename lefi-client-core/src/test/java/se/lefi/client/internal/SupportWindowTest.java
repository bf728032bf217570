package se.lefi.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import se.lefi.client.LefiVersion;

class SupportWindowTest {

    @Test
    void successors_ofFiveZeroJustAfterSixZero_areFiveOneAndSixZero() {
        assertThat(SupportWindow.successors(LefiVersion.V5_0, LocalDate.of(2019, 11, 18)))
                .containsExactly(LefiVersion.V5_1, LefiVersion.V6_0);
    }

    @Test
    void successors_ofFiveZeroAfterFiveOneEnded_isSixZeroOnly() {
        assertThat(SupportWindow.successors(LefiVersion.V5_0, LocalDate.of(2021, 1, 1)))
                .containsExactly(LefiVersion.V6_0);
    }

    @Test
    void successors_ofTheLatest_isEmpty() {
        assertThat(SupportWindow.successors(LefiVersion.V9_0, LocalDate.of(2026, 1, 1))).isEmpty();
        // 6.0's successor is version 9, even on a day before 9's earliest trace.
        assertThat(SupportWindow.successors(LefiVersion.V6_0, LocalDate.of(2021, 1, 1))).containsExactly(LefiVersion.V9_0);
    }

    @Test
    void advice_namesVersionsAndModules() {
        assertThat(SupportWindow.advice(LefiVersion.V5_0, LocalDate.of(2019, 11, 18)))
                .isEqualTo("move to 5.1 or 6.0: change .version(...) on the client builder and put lefi-client-v5,"
                        + " lefi-client-v6 on the class path");
        assertThat(SupportWindow.advice(LefiVersion.V6_0, LocalDate.of(2026, 1, 1)))
                .isEqualTo("move to 9: change .version(...) on the client builder and put lefi-client-v9 on the class path");
        assertThat(SupportWindow.advice(LefiVersion.V9_0, LocalDate.of(2026, 1, 1)))
                .contains("knows no version newer than 9");
    }

    @Test
    void warning_whenMoreThanNinetyDaysLeft_isEmpty() {
        // 5.1 ends 2020-11-17; 91 days before is 2020-08-18.
        assertThat(SupportWindow.warning(LefiVersion.V5_1, LocalDate.of(2020, 8, 18))).isEmpty();
    }

    @Test
    void warning_whenNinetyDaysLeft_saysWhenAndWhereToMove() {
        assertThat(SupportWindow.warning(LefiVersion.V5_1, LocalDate.of(2020, 8, 19))).hasValueSatisfying(w -> assertThat(w)
                .contains("LEFI Online 5.1 reaches its end of support on 2020-11-17, in 90 day(s)")
                .contains("Move to 6.0").contains("lefi-client-v6"));
    }

    @Test
    void warning_beforeTheEnd_advisesTheVersionsSupportedOnceItHasEnded() {
        // On 2019-10-01 6.0 is not yet out, but it will be when 5.0's support ends on 2019-11-17.
        assertThat(SupportWindow.warning(LefiVersion.V5_0, LocalDate.of(2019, 10, 1)))
                .hasValueSatisfying(w -> assertThat(w).contains("Move to 5.1 or 6.0"));
    }

    @Test
    void warning_whenPastTheEnd_saysItIsPast() {
        assertThat(SupportWindow.warning(LefiVersion.V5_0, LocalDate.of(2019, 11, 17))).hasValueSatisfying(w -> assertThat(w)
                .contains("LEFI Online 5.0 is past its end of support (2019-11-17)").contains("VERSION_STODS_EJ")
                .contains("Move to 5.1 or 6.0"));
    }

    @Test
    void warning_forTheLatestVersion_isEmptyEvenFarInTheFuture() {
        assertThat(SupportWindow.warning(LefiVersion.V6_0, LocalDate.of(2099, 1, 1))).isEmpty();
    }

    @Test
    void warnIfNeeded_whenNearTheEnd_logsOneWarn() {
        List<String> warnings = new ArrayList<>();
        Clock clock = Clock.fixed(LocalDate.of(2020, 10, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

        SupportWindow.warnIfNeeded(LefiVersion.V5_1, clock, recording(warnings));

        assertThat(warnings).singleElement().asString().contains("in 47 day(s)");
    }

    @Test
    void warnIfNeeded_whenSafelySupported_logsNothing() {
        List<String> warnings = new ArrayList<>();
        Clock clock = Clock.fixed(LocalDate.of(2019, 12, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

        SupportWindow.warnIfNeeded(LefiVersion.V5_1, clock, recording(warnings));

        assertThat(warnings).isEmpty();
    }

    /** A logger that records what reaches warn(String); nothing else is expected to be called. */
    private static Logger recording(List<String> warnings) {
        return (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(), new Class<?>[] {Logger.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("warn") && args.length == 1 && args[0] instanceof String s) {
                        warnings.add(s);
                        return null;
                    }
                    if (method.getReturnType() == boolean.class) {
                        return true;
                    }
                    if (method.getName().equals("getName")) {
                        return "recording";
                    }
                    throw new AssertionError("unexpected logger call " + method);
                });
    }
}
