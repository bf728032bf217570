package se.lefi.client.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import se.lefi.client.Benefit;
import se.lefi.client.LefiClient;
import se.lefi.client.Personnummer;

/** Checks that {@code isolateTests = false} keeps what one test adds, and its queries, for the next. */
@LefiSimulatorTest(isolateTests = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IsolationSwitchTest {

    static final String KEPT = TestPersons.bornNewYear1990(21);

    @Test
    @Order(1)
    void firstTest_addsAPersonAndQueriesIt(LefiOnlineSimulator lefi, LefiClient client) {
        lefi.add(SimulatedPerson.builder(KEPT).build());
        client.query(Personnummer.parse(KEPT)).period(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31))
                .benefits(Benefit.GENERELL_PERSONINFORMATION).fetch();
    }

    @Test
    @Order(2)
    void secondTest_stillHasThePersonAndTheQuery(LefiOnlineSimulator lefi) {
        assertThat(lefi.person(KEPT)).isPresent();
        lefi.verify().queried(KEPT).answered().once();
    }
}
