package se.lefi.client.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import se.lefi.client.Benefit;
import se.lefi.client.LefiClient;
import se.lefi.client.Personnummer;

/**
 * Runs test classes with JUnit's parallel execution switched on (classes and methods concurrent)
 * and checks that every test undid its own changes and saw its own queries.
 */
class ParallelIsolationTest {

    private static final int METHODS = 8;

    @Test
    void parallelExecution_whenMethodsAndClassesRunConcurrently_eachTestUndoesItsOwnChanges() {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .configurationParameter("junit.jupiter.execution.parallel.enabled", "true")
                .configurationParameter("junit.jupiter.execution.parallel.mode.default", "concurrent")
                .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
                .selectors(selectClass(ConcurrentMethods.class), selectClass(OtherConcurrentClass.class))
                .execute();

        results.testEvents().assertStatistics(s -> s.started(METHODS + 1).succeeded(METHODS + 1).failed(0));
        // The @AfterAll check (every test's person gone, the class's kept) ran and passed.
        results.containerEvents().assertStatistics(s -> s.failed(0));
        assertThat(ConcurrentMethods.afterAllChecked).isTrue();
        assertThat(ConcurrentMethods.simulator).isNotSameAs(OtherConcurrentClass.simulator);
    }

    /** Run only through the engine test kit above (a static nested class is not picked up on its own). */
    @LefiSimulatorTest(today = "2021-05-20")
    @Execution(ExecutionMode.CONCURRENT)
    static class ConcurrentMethods {
        static final String CLASS_PERSON = TestPersons.bornNewYear1990(100);
        static volatile LefiOnlineSimulator simulator;
        static volatile boolean afterAllChecked;

        @BeforeAll
        static void classSetUp(LefiOnlineSimulator lefi) {
            simulator = lefi;
            afterAllChecked = false;
            lefi.add(SimulatedPerson.builder(CLASS_PERSON).build());
        }

        @ParameterizedTest
        @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
        void eachInvocation_addsItsOwnPersonAndQueriesIt(int n, LefiOnlineSimulator lefi, LefiClient client) {
            String own = TestPersons.bornNewYear1990(100 + n);
            lefi.add(SimulatedPerson.builder(own).build());
            client.query(Personnummer.parse(own)).period(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31))
                    .benefits(Benefit.GENERELL_PERSONINFORMATION).correlationId("invocation-" + n).fetch();
            lefi.verify().queried(own).withCorrelationId("invocation-" + n).answered().once();
        }

        @AfterAll
        static void everyTestsPersonIsGone(LefiOnlineSimulator lefi) {
            List<String> left = new ArrayList<>();
            for (int n = 1; n <= METHODS; n++) {
                lefi.person(TestPersons.bornNewYear1990(100 + n)).ifPresent(p -> left.add(p.toString()));
            }
            assertThat(left).isEmpty();
            assertThat(lefi.person(CLASS_PERSON)).isPresent();
            afterAllChecked = true;
        }
    }

    /** A second class that runs at the same time on a simulator of its own. */
    @LefiSimulatorTest
    static class OtherConcurrentClass {
        static volatile LefiOnlineSimulator simulator;

        @Test
        void otherClass_hasItsOwnSimulator(LefiOnlineSimulator lefi) {
            simulator = lefi;
            lefi.error(SimulatedError.technical("KALLSYSTEM_OTILLGANGLIGT"));
            assertThat(lefi.person(ConcurrentMethods.CLASS_PERSON)).isEmpty();
        }
    }
}
