package se.lefi.client.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.lefi.client.Benefit;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.model.BenefitCase;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.model.LineKind;
import se.lefi.client.model.Payer;
import se.lefi.client.model.Payment;
import se.lefi.client.model.PaymentLine;
import se.lefi.client.model.PaymentStatus;

/** Tests the simulator's benefit rules through the real client and the 6.0 adapter. */
class SimulatorRulesFunctionalTest {

    private static final LocalDate TODAY = LocalDate.of(2021, 5, 20);
    private static LefiOnlineSimulator simulator;
    private static LefiClient client;

    @BeforeAll
    static void start() {
        simulator = LefiOnlineSimulator.builder().today(TODAY).start();
        client = simulator.client(LefiVersion.V6_0);
    }

    @AfterAll
    static void stop() {
        client.close();
        simulator.close();
    }

    private static BigDecimal kr(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void karensCompensation_forEmployee_is700GrossWith210TaxAsSjukpenningPaymentAndNoCase() {
        BenefitInformation info = client.query(Personnummer.parse(SyntheticPersons.SICK_EMPLOYEE))
                .period(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 4, 30))
                .benefits(Benefit.SJUKPENNING).payments(Benefit.SJUKPENNING).fetch();

        assertThat(info.cases()).isEmpty();
        assertThat(info.payments()).hasSize(1);
        Payment p = info.payments().get(0);
        assertThat(p.family().id()).isEqualTo("DAG");
        assertThat(p.paymentDate()).contains(LocalDate.of(2020, 4, 14));
        assertThat(p.gross()).isEqualByComparingTo("700");
        assertThat(p.tax()).isEqualByComparingTo("210");
        assertThat(p.net()).isEqualByComparingTo("490");
        assertThat(p.payer()).isEqualTo(Payer.FORSAKRINGSKASSAN);
        assertThat(p.lines()).extracting(PaymentLine::kind).containsExactly(LineKind.COMPENSATION, LineKind.TAX);
        assertThat(p.lines()).extracting(l -> l.benefit().id()).containsOnly("SJP");
        assertThat(p.lines().get(1).amountType().orElseThrow().id()).isEqualTo("PS");
        assertThat(p.lines().get(0).days()).hasValue(1);
    }

    @Test
    void karensCompensation_forSelfEmployed_is804PerDayWithTaxRoundedDown() {
        BenefitInformation info = client.query(Personnummer.parse(SyntheticPersons.SELF_EMPLOYED))
                .period(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 12, 31)).payments(Benefit.SJUKPENNING).fetch();

        assertThat(info.payments()).hasSize(2);
        Payment threeDays = info.payments().get(0);
        assertThat(threeDays.gross()).isEqualByComparingTo("2412");
        assertThat(threeDays.tax()).isEqualByComparingTo("723");
        assertThat(threeDays.net()).isEqualByComparingTo("1689");
        assertThat(threeDays.paymentDate()).contains(LocalDate.of(2020, 4, 21));
        Payment fourteenDays = info.payments().get(1);
        assertThat(fourteenDays.gross()).isEqualByComparingTo("11256");
        assertThat(fourteenDays.tax()).isEqualByComparingTo("3376");
        assertThat(fourteenDays.net()).isEqualByComparingTo("7880");
        assertThat(fourteenDays.lines().get(0).days()).hasValue(14);
    }

    @Test
    void karensCompensation_whenSickDayBefore20200311OrPaidBefore20200407_isRefused() {
        SimulatedPerson.Builder b = SimulatedPerson.builder("19900101-0017");

        assertThatThrownBy(() -> b.karensCompensationAsEmployee(LocalDate.of(2020, 3, 10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2020-03-11");
        assertThatThrownBy(() -> b.karensCompensationAsEmployee(LocalDate.of(2020, 3, 11), LocalDate.of(2020, 4, 6)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2020-04-07");
        assertThatThrownBy(() -> b.karensCompensationAsSelfEmployed(LocalDate.of(2020, 4, 1), 15))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("14");
    }

    @Test
    void preventiveSickness_whenThePeriodHasNoWeekdayOrNoAmount_isRefused() {
        SimulatedPerson.Builder b = SimulatedPerson.builder("19900101-0017");

        // 2021-03-13/14 is a Saturday and a Sunday.
        assertThatThrownBy(() -> b.preventiveSickness(LocalDate.of(2021, 3, 13), LocalDate.of(2021, 3, 14), 612))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weekday");
        assertThatThrownBy(() -> b.preventiveSickness(LocalDate.of(2021, 3, 8), LocalDate.of(2021, 3, 12), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dailyAmount");
        assertThatThrownBy(() -> b.preventiveSickness(LocalDate.of(2021, 3, 12), LocalDate.of(2021, 3, 8), 612))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void karensCompensation_forSickDay20200311_isPaidNotBefore20200407() {
        simulator.add(SimulatedPerson.builder("19900101-0017").karensCompensationAsEmployee(LocalDate.of(2020, 3, 11))
                .build());

        BenefitInformation info = client.query(Personnummer.parse("19900101-0017"))
                .period(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 5, 31)).payments(Benefit.SJUKPENNING).fetch();

        assertThat(info.payments()).singleElement()
                .satisfies(p -> assertThat(p.paymentDate()).contains(LocalDate.of(2020, 4, 7)));
    }

    @Test
    void sickness_withKarensavdrag_spreadsTheDeductionOverTheFirstDays() {
        BenefitInformation info = client.query(Personnummer.parse(SyntheticPersons.SICK_EMPLOYEE))
                .period(LocalDate.of(2021, 2, 1), LocalDate.of(2021, 2, 28))
                .benefits(Benefit.SJUKPENNING).payments(Benefit.SJUKPENNING).fetch();

        BenefitCase sick = info.cases(Benefit.SJUKPENNING).get(0);
        var days = sick.decisions().get(0).days();
        assertThat(days).hasSize(14);
        // 20 % of a week's sjukpenning: 612 * 7 * 0.2 = 856.8, rounded to 857: 612 on day 1, 245 on day 2.
        assertThat(days.get(0).karensDeduction()).contains(kr("612"));
        assertThat(days.get(1).karensDeduction()).contains(kr("245"));
        assertThat(days.get(2).karensDeduction()).contains(kr("0"));
        Payment p = info.payments().get(0);
        assertThat(p.gross()).isEqualByComparingTo("7711");
        assertThat(p.tax()).isEqualByComparingTo("2313");
        assertThat(p.net()).isEqualByComparingTo("5398");
    }

    @Test
    void query_whenOnlyPaymentsAsked_answersNoCasesAndNoPerson() {
        BenefitInformation info = client.query(Personnummer.parse(SyntheticPersons.PARENT))
                .period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)).payments(Benefit.FORALDRAPENNING).fetch();

        assertThat(info.person()).isEmpty();
        assertThat(info.cases()).isEmpty();
        assertThat(info.payments()).extracting(p -> p.family().id()).containsExactly("FP");
    }

    @Test
    void query_answersOnlyTheGroupsAskedWithinThePeriod() {
        BenefitInformation info = client.query(Personnummer.parse(SyntheticPersons.PARENT))
                .period(LocalDate.of(2020, 5, 1), LocalDate.of(2020, 5, 31))
                .benefits(Benefit.FORALDRAPENNING).payments(Benefit.FORALDRAPENNING).fetch();

        assertThat(info.cases()).extracting(BenefitCase::benefit).containsExactly(Benefit.FORALDRAPENNING);
        assertThat(info.cases().get(0).decisions().get(0).days()).hasSize(5);
        Payment p = info.payments().get(0);
        assertThat(p.gross()).isEqualByComparingTo("4215");
        assertThat(p.tax()).isEqualByComparingTo("1264");
        assertThat(p.net()).isEqualByComparingTo("2951");
    }

    @Test
    void temporaryParentalBenefit_listsAssessedDaysWithIncomeType() {
        BenefitInformation info = client.query(Personnummer.parse(SyntheticPersons.PARENT))
                .period(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 29))
                .benefits(Benefit.TILLFALLIG_FORALDRAPENNING).payments(Benefit.TILLFALLIG_FORALDRAPENNING).fetch();

        var days = info.cases(Benefit.TILLFALLIG_FORALDRAPENNING).get(0).decisions().get(0).days();
        assertThat(days).hasSize(2);
        assertThat(days.get(0).incomeType().orElseThrow().id()).isEqualTo("1");
        assertThat(days.get(0).amount()).contains(kr("804"));
        assertThat(info.payments()).extracting(p -> p.gross().intValue()).containsExactly(1608);
    }

    @Test
    void preliminaryPayments_whenDueAfterToday_comeWithTheServicesQuirksAbsorbed() {
        BenefitInformation info = client.query(Personnummer.parse(SyntheticPersons.SICK_EMPLOYEE))
                .period(TODAY.minusDays(30), TODAY.plusDays(30))
                .payments(Benefit.SJUKPENNING).preliminaryPayments(Benefit.SJUKPENNING).fetch();

        assertThat(info.executedPayments()).isEmpty();
        Payment p = info.preliminaryPayments().get(0);
        assertThat(p.status()).isEqualTo(PaymentStatus.PRELIMINARY);
        assertThat(p.paymentDate()).contains(TODAY.plusDays(6));
        // 14 days of 612 less a karensavdrag of 857; 30 % tax rounded down; utmätning 1 000.
        assertThat(p.gross()).isEqualByComparingTo("7711");
        assertThat(p.tax()).isEqualByComparingTo("2313");
        assertThat(p.net()).isEqualByComparingTo("4398");
        assertThat(p.deductions()).isEqualByComparingTo("3313");
        // Shaped like executed rows: the benefit paid, the tax or deduction as amount type.
        assertThat(p.lines()).extracting(l -> l.benefit().id()).containsExactly("SJP", "SJP", "SJP");
        assertThat(p.lines()).extracting(PaymentLine::kind)
                .containsExactly(LineKind.COMPENSATION, LineKind.TAX, LineKind.DEDUCTION);
        assertThat(p.lines()).extracting(l -> l.amountType().map(c -> c.id()).orElse(""))
                .containsExactly("", "PS", "INF");
        assertThat(p.company().orElseThrow().id()).isEqualTo("1001");
    }

    @Test
    void preliminaryPayments_fromAnInstanceBeforeTheFix_haveBasicDatesAndNoForetag() {
        try (LefiOnlineSimulator old = LefiOnlineSimulator.builder().today(TODAY).preliminaryPaymentsBeforeFix(true)
                .start(); LefiClient oldClient = old.client(LefiVersion.V6_0)) {
            BenefitInformation info = oldClient.query(Personnummer.parse(SyntheticPersons.PARENT))
                    .period(TODAY.minusDays(30), TODAY.plusDays(30)).preliminaryPayments(Benefit.FORALDRAPENNING).fetch();
            RawSoap.Answer raw = RawSoap.post(old.endpoint(), RawSoap.query(RawSoap.NS6, "6.0", "2120000142",
                    SyntheticPersons.PARENT, TODAY.minusDays(30).toString(), TODAY.plusDays(30).toString(), List.of(),
                    List.of(), List.of("FK:FP")));

            Payment p = info.preliminaryPayments().get(0);
            assertThat(p.paymentDate()).contains(LocalDate.of(2021, 5, 24));
            assertThat(p.company()).isEmpty();
            assertThat(p.payer()).isEqualTo(Payer.FORSAKRINGSKASSAN);
            assertThat(p.gross()).isEqualByComparingTo("8430");
            assertThat(raw.text("datum")).isEqualTo("20210524");
            assertThat(raw.count("foretag")).isZero();
        }
    }

    @Test
    void preliminaryPayments_whenAskedForBenefitsWithoutThem_answerNothing() {
        RawSoap.Answer raw = RawSoap.post(simulator.endpoint(), RawSoap.query(RawSoap.NS6, "6.0", "2120000142",
                SyntheticPersons.PENSIONER, "2021-01-01", "2021-12-31", List.of(), List.of(), List.of("FK:AP")));

        assertThat(raw.status()).isEqualTo(200);
        assertThat(raw.count("preliminarautbetalningar")).isZero();
        assertThat(raw.count("utbetalningsuppgift")).isZero();
    }

    @Test
    void payments_whenPeriodEndsInTheFuture_includeScheduledPaymentsDueAfterToday() {
        BenefitInformation toToday = client.query(Personnummer.parse(SyntheticPersons.CARER))
                .period(LocalDate.of(2021, 5, 1), TODAY).payments(Benefit.OMVARDNADSBIDRAG).fetch();
        BenefitInformation ahead = client.query(Personnummer.parse(SyntheticPersons.CARER))
                .period(LocalDate.of(2021, 5, 1), LocalDate.of(2021, 12, 31))
                .payments(Benefit.OMVARDNADSBIDRAG, Benefit.MERKOSTNADSERSATTNING).fetch();

        assertThat(toToday.payments()).isEmpty();
        assertThat(ahead.payments()).filteredOn(p -> p.family().id().equals("OMV"))
                .extracting(p -> p.paymentDate().orElseThrow())
                .containsExactly(LocalDate.of(2021, 5, 25), LocalDate.of(2021, 6, 25), LocalDate.of(2021, 7, 25));
        assertThat(ahead.payments()).filteredOn(p -> p.family().id().equals("MEK"))
                .extracting(p -> p.paymentDate().orElseThrow())
                .containsExactly(LocalDate.of(2021, 5, 25), LocalDate.of(2021, 6, 25), LocalDate.of(2021, 7, 25));
        assertThat(ahead.payments()).filteredOn(p -> p.family().id().equals("MEK"))
                .allSatisfy(p -> {
                    assertThat(p.gross()).isEqualByComparingTo("1577");
                    assertThat(p.tax()).isEqualByComparingTo("0");
                });
    }

    @Test
    void careAndAdditionalCostAllowance_comeAsCasesWithOneDecisionAndLevels() {
        BenefitInformation info = client.query(Personnummer.parse(SyntheticPersons.CARER))
                .period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))
                .benefits(Benefit.OMVARDNADSBIDRAG, Benefit.MERKOSTNADSERSATTNING).fetch();

        assertThat(info.cases()).extracting(BenefitCase::benefit)
                .containsExactly(Benefit.MERKOSTNADSERSATTNING, Benefit.OMVARDNADSBIDRAG);
        var care = info.cases(Benefit.OMVARDNADSBIDRAG).get(0).decisions().get(0);
        assertThat(care.periodDecisions().get(0).level().orElseThrow().numerator()).isEqualTo(2);
        assertThat(care.decidedGross()).contains(kr("4927"));
    }

    @Test
    void pensioner_getsEarningsBalancesAndPaymentsFromPensionsmyndigheten() {
        BenefitInformation info = client.query(Personnummer.parse(SyntheticPersons.PENSIONER))
                .period(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))
                .benefits(Benefit.INTJANANDE, Benefit.ALLMAN_PENSION).payments(Benefit.ALLMAN_PENSION).fetch();

        assertThat(info.entries(Benefit.INTJANANDE)).hasSize(2);
        assertThat(info.payments()).hasSize(12).allSatisfy(p -> assertThat(p.payer()).isEqualTo(Payer.PENSIONSMYNDIGHETEN));
        assertThat(info.payments().get(0).tax()).isEqualByComparingTo("4740");
    }

    @Test
    void protectedIdentity_keepsTheNameButNoAddress() {
        BenefitInformation info = client.query(Personnummer.parse(SyntheticPersons.PROTECTED_IDENTITY))
                .period(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31))
                .benefits(Benefit.GENERELL_PERSONINFORMATION).fetch();

        var person = info.person().orElseThrow();
        assertThat(person.protectedIdentity()).isTrue();
        assertThat(person.name()).isEqualTo("Nora Skyddsdotter");
        assertThat(person.addresses()).isEmpty();
    }

    @Test
    void deceasedPerson_hasDateOfDeathAndNoPaymentsAfterIt() {
        BenefitInformation info = client.query(Personnummer.parse(SyntheticPersons.DECEASED))
                .period(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31))
                .benefits(Benefit.GENERELL_PERSONINFORMATION).payments(Benefit.ALLMAN_PENSION).fetch();

        assertThat(info.person().orElseThrow().dateOfDeath()).contains(LocalDate.of(2021, 2, 14));
        assertThat(info.payments()).extracting(p -> p.paymentDate().orElseThrow())
                .containsExactly(LocalDate.of(2021, 1, 19), LocalDate.of(2021, 2, 19));
    }

    @Test
    void samordningsnummer_isAnsweredWithTheNameAsDelivered() {
        BenefitInformation info = client.query(Personnummer.parse(SyntheticPersons.SAMORDNINGSNUMMER))
                .period(LocalDate.of(2020, 10, 1), LocalDate.of(2020, 10, 31))
                .benefits(Benefit.GENERELL_PERSONINFORMATION, Benefit.SJUKPENNING).fetch();

        var person = info.person().orElseThrow();
        assertThat(person.personnummer().isSamordningsnummer()).isTrue();
        assertThat(person.name()).isEqualTo("Łucja Ñúñez");
        assertThat(person.born()).contains(LocalDate.of(1989, 3, 23));
        assertThat(info.cases(Benefit.SJUKPENNING)).hasSize(1);
    }
}
