package se.lefi.client.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import se.lefi.client.LefiVersion;

/**
 * Runs a test class against a simulated LEFI Online: the simulator starts once for the class,
 * and test methods (or constructors and lifecycle methods) receive a {@link LefiOnlineSimulator},
 * a ready {@link se.lefi.client.LefiClient} and, in a TLS mode, the {@link SimulatorTls} as
 * parameters. What a test adds is gone in the next; see {@link LefiSimulatorExtension}.
 *
 * <pre>{@code
 * @LefiSimulatorTest
 * class SickLeaveTest {
 *     @Test
 *     void karens(LefiOnlineSimulator lefi, LefiClient client) {
 *         lefi.add(SimulatedPerson.builder("19900101-0017").karensCompensationAsEmployee(LocalDate.of(2020, 3, 16)).build());
 *         BenefitInformation info = client.query(Personnummer.parse("19900101-0017"))
 *                 .period(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 6, 30)).payments(Benefit.SJUKPENNING).fetch();
 *         assertEquals(new BigDecimal("490"), info.payments().get(0).net());
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(LefiSimulatorExtension.class)
public @interface LefiSimulatorTest {

    /** The version the injected client speaks (default 6.0). */
    LefiVersion version() default LefiVersion.V6_0;

    /** The organisation the injected client queries as (default the kommun that may see everything). */
    String organisationsnummer() default "2120000142";

    /** The simulator's today as {@code yyyy-MM-dd}, or empty for the real today. */
    String today() default "";

    /** Whether the simulator knows the persons of {@link SyntheticPersons} (default true). */
    boolean defaultPersons() default true;

    /**
     * Whether each test's changes are undone after it and its {@code requests()} are its own
     * (default true); false keeps them from test to test.
     */
    boolean isolateTests() default true;

    /** Plain HTTP (default), HTTPS, or mutual TLS; the injected client gets the matching certificates. */
    TlsMode tls() default TlsMode.NONE;
}
