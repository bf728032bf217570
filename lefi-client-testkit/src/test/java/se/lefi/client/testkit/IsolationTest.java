package se.lefi.client.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.lefi.client.Benefit;
import se.lefi.client.LefiBusinessException;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.model.BenefitInformation;

/**
 * Checks that what one test adds is gone in the next while the class's own set-up stays, in
 * order: the first test changes everything it can, the second finds it all undone.
 */
@LefiSimulatorTest(today = "2021-05-20")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class IsolationTest {

    static final String CLASS_PERSON = TestPersons.bornNewYear1990(11);
    static final String TEST_PERSON = TestPersons.bornNewYear1990(12);
    static final String NESTED_PERSON = TestPersons.bornNewYear1990(13);
    static final String EACH_PERSON = TestPersons.bornNewYear1990(14);
    static final SimulatedOrganisation TEST_ORGANISATION = SimulatedOrganisation.seeingEverything("5560000001",
            UserCategory.FORSAKRINGSBOLAG);

    @BeforeAll
    static void classSetUp(LefiOnlineSimulator lefi) {
        lefi.add(SimulatedPerson.builder(CLASS_PERSON).name("Klass Klassson")
                .sickness(LocalDate.of(2021, 2, 1), LocalDate.of(2021, 2, 7), 500).build());
    }

    @BeforeEach
    void eachSetUp(LefiOnlineSimulator lefi) {
        assertThat(lefi.person(EACH_PERSON)).as("added by the previous test's @BeforeEach").isEmpty();
        lefi.add(SimulatedPerson.builder(EACH_PERSON).build());
    }

    private static BenefitInformation sickness(LefiClient client, String pnr) {
        return client.query(Personnummer.parse(pnr)).period(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31))
                .benefits(Benefit.GENERELL_PERSONINFORMATION, Benefit.SJUKPENNING).fetch();
    }

    @Test
    @Order(1)
    void firstTest_changesPersonsOrganisationsAndDisturbances(LefiOnlineSimulator lefi, LefiClient client) {
        lefi.add(SimulatedPerson.builder(TEST_PERSON).name("Test Tillfällig").build());
        lefi.add(SimulatedPerson.builder(CLASS_PERSON).name("Klass Ersatt").build());
        lefi.remove(SyntheticPersons.PARENT);
        lefi.addOrganisation(TEST_ORGANISATION);

        assertThat(sickness(client, TEST_PERSON).person().orElseThrow().name()).isEqualTo("Test Tillfällig");
        assertThat(sickness(client, CLASS_PERSON).person().orElseThrow().name()).isEqualTo("Klass Ersatt");
        assertThat(lefi.requests()).hasSize(2);

        // The fault a new user once found in the next test: a global error set here.
        lefi.error(SimulatedError.technical("KALLSYSTEM_OTILLGANGLIGT"));
        lefi.preliminaryPaymentsBeforeFix(true);
    }

    @Test
    @Order(2)
    void secondTest_findsTheFirstTestsChangesUndoneAndTheClassSetUpKept(LefiOnlineSimulator lefi, LefiClient client) {
        assertThat(lefi.person(TEST_PERSON)).isEmpty();
        assertThatThrownBy(() -> sickness(client, TEST_PERSON)).isInstanceOfSatisfying(LefiBusinessException.class,
                e -> assertThat(e.errorCode()).contains("PERSON_SAKNAS"));

        // No KALLSYSTEM_OTILLGANGLIGT, and the class's person is the class's again.
        assertThat(sickness(client, CLASS_PERSON).person().orElseThrow().name()).isEqualTo("Klass Klassson");
        assertThat(lefi.person(SyntheticPersons.PARENT)).isPresent();
        assertThat(lefi.person(EACH_PERSON)).as("this test's own @BeforeEach person").isPresent();

        // The first test's queries are not this test's.
        assertThat(lefi.requests()).hasSize(2);
        lefi.verify().queried(TEST_PERSON).failedWith("PERSON_SAKNAS").once();
    }

    @Test
    @Order(3)
    void thirdTest_organisationAddedEarlierIsUnknownAgain(LefiOnlineSimulator lefi) {
        try (LefiClient asTestOrganisation = lefi.clientBuilder(LefiVersion.V6_0)
                .organisationsnummer(TEST_ORGANISATION.organisationsnummer()).maxAttempts(1).build()) {
            assertThatThrownBy(() -> sickness(asTestOrganisation, CLASS_PERSON))
                    .isInstanceOfSatisfying(LefiBusinessException.class,
                            e -> assertThat(e.errorCode()).contains("OBEHORIG"));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    @Order(4)
    void parameterized_eachInvocationStartsClean(int invocation, LefiOnlineSimulator lefi, LefiClient client) {
        assertThat(lefi.person(TEST_PERSON)).as("invocation %d", invocation).isEmpty();
        assertThat(lefi.requests()).isEmpty();
        lefi.add(SimulatedPerson.builder(TEST_PERSON).build());
        sickness(client, TEST_PERSON);
        assertThat(lefi.requests()).hasSize(1);
    }

    @RepeatedTest(2)
    @Order(5)
    void repeated_eachRepetitionStartsClean(LefiOnlineSimulator lefi) {
        assertThat(lefi.person(TEST_PERSON)).isEmpty();
        lefi.add(SimulatedPerson.builder(TEST_PERSON).build());
        // A delay left behind would make every later test wait; the next repetition checks it is gone.
        lefi.delay(Duration.ofSeconds(30));
    }

    @Nested
    @Order(1)
    class NestedWithItsOwnSetUp {

        @BeforeAll
        static void nestedSetUp(LefiOnlineSimulator lefi) {
            lefi.add(SimulatedPerson.builder(NESTED_PERSON).name("Nästa Nivå").build());
        }

        @Test
        void nestedTest_seesTheNestedAndTheOuterSetUp(LefiOnlineSimulator lefi, LefiClient client) {
            assertThat(sickness(client, NESTED_PERSON).person().orElseThrow().name()).isEqualTo("Nästa Nivå");
            assertThat(lefi.person(CLASS_PERSON)).isPresent();
            lefi.add(SimulatedPerson.builder(TEST_PERSON).build());
        }

        @Test
        void nestedTest_stillSeesTheNestedSetUpButNotTheSiblingsPerson(LefiOnlineSimulator lefi) {
            assertThat(lefi.person(NESTED_PERSON)).isPresent();
            assertThat(lefi.person(TEST_PERSON)).isEmpty();
        }
    }

    @Nested
    @Order(2)
    class NestedAfterTheFirst {

        @Test
        void laterNestedClass_findsTheEarlierNestedSetUpGoneAndTheOuterKept(LefiOnlineSimulator lefi) {
            assertThat(lefi.person(NESTED_PERSON)).isEmpty();
            assertThat(lefi.person(CLASS_PERSON).map(SimulatedPerson::name)).contains("Klass Klassson");
            assertThat(lefi.person(SyntheticPersons.PARENT)).isPresent();
        }
    }
}
