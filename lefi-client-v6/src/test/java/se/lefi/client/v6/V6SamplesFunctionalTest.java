package se.lefi.client.v6;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.lefi.client.v6.LefiWireMock.answer;
import static se.lefi.client.v6.LefiWireMock.sample;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.lefi.client.Benefit;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.model.BenefitCase;
import se.lefi.client.model.BenefitDay;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.model.Code;
import se.lefi.client.model.DatePeriod;
import se.lefi.client.model.Decision;
import se.lefi.client.model.Fraction;
import se.lefi.client.model.LineKind;
import se.lefi.client.model.Payer;
import se.lefi.client.model.Payment;
import se.lefi.client.model.PaymentLine;
import se.lefi.client.model.PaymentStatus;
import se.lefi.client.model.PersonInformation;
import se.lefi.client.model.PingResult;
import se.lefi.client.model.ProgrammeAssignment;

/** Every 6.0 sample answer, decoded through the real client against WireMock. */
class V6SamplesFunctionalTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance().build();

    private LefiClient client;

    @BeforeEach
    void createClient() {
        client = LefiWireMock.client(wm);
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    @Test
    void fetch_whenTypicalAnswer_decodesPerson() {
        answer(wm, 200, sample("02-svar.xml"));
        BenefitInformation info = fetchAll();

        assertThat(info.version()).isEqualTo(LefiVersion.V6_0);
        assertThat(info.correlationId()).contains("arende-2020-0117");
        assertThat(info.answeredAt()).contains(OffsetDateTime.parse("2020-03-02T10:21:33.640+01:00"));
        PersonInformation person = info.person().orElseThrow();
        assertThat(person.personnummer()).isEqualTo(Personnummer.parse("198402298452"));
        assertThat(person.name()).isEqualTo("Maja Provsson");
        assertThat(person.born()).contains(LocalDate.of(1984, 2, 29));
        assertThat(person.protectedIdentity()).isFalse();
        assertThat(person.dateOfDeath()).isEmpty();
        assertThat(person.civilStatus()).contains(new Code("1", "Ogift"));
        assertThat(person.addresses()).singleElement().satisfies(a -> {
            assertThat(a.hasRole("1")).isTrue();
            assertThat(a.lines()).containsExactly("Exempelvägen 21");
            assertThat(a.postalCode()).isEqualTo("90325");
            assertThat(a.city()).isEqualTo("UMEÅ");
            assertThat(a.country()).contains(new Code("SE", "SVERIGE"));
        });
        assertThat(person.children()).singleElement().satisfies(child -> {
            assertThat(child.personnummer()).contains(Personnummer.parse("201409181508"));
            assertThat(child.name()).isEqualTo("Mio Provsson");
        });
        assertThat(person.details().children("folkbokford")).singleElement()
                .satisfies(f -> assertThat(f.text("kommun")).contains("80"));
        assertThat(person.details().children("medborgarskap")).singleElement()
                .satisfies(m -> assertThat(m.child("land").flatMap(l -> l.text("kod"))).contains("SE"));
    }

    @Test
    void fetch_whenTypicalAnswer_decodesCasesPerBenefit() {
        answer(wm, 200, sample("02-svar.xml"));
        BenefitInformation info = fetchAll();

        assertThat(info.cases()).extracting(BenefitCase::benefit).containsExactly(Benefit.FORALDRAPENNING,
                Benefit.PROGRAMERSATTNING, Benefit.SJUKPENNING);

        BenefitCase fp = info.cases(Benefit.FORALDRAPENNING).get(0);
        assertThat(fp.started()).contains(LocalDate.of(2014, 10, 1));
        assertThat(fp.active()).isTrue();
        Decision fpDecision = fp.decisions().get(0);
        assertThat(fpDecision.extent()).contains(new Fraction(1, 1));
        assertThat(fpDecision.dayCount()).hasValue(3);
        assertThat(fpDecision.compensation()).contains(new Code("3", "Vanliga dagar"));
        assertThat(fpDecision.days()).hasSize(3).allSatisfy(day -> {
            assertThat(day.amount()).contains(new BigDecimal("543"));
            assertThat(day.level()).contains(new Code("S", "Sjukpenningsnivå"));
        });
        assertThat(fp.details().child("grunduppgifter").flatMap(g -> g.child("barn"))
                .flatMap(b -> b.personnummer("personnummer"))).contains(Personnummer.parse("201409181508"));

        BenefitCase prog = info.cases(Benefit.PROGRAMERSATTNING).get(0);
        Decision progDecision = prog.decisions().get(0);
        assertThat(progDecision.days()).hasSize(10).allSatisfy(day -> {
            assertThat(day.amount()).contains(new BigDecimal("365"));
            assertThat(day.compensation().map(Code::id)).contains("AS");
        });
        assertThat(progDecision.details().dates("dagar")).hasSize(10).first().isEqualTo(LocalDate.of(2019, 11, 4));
        assertThat(progDecision.decidedGross()).contains(new BigDecimal("3650"));

        BenefitCase sick = info.cases(Benefit.SJUKPENNING).get(0);
        Decision sickDecision = sick.decisions().get(0);
        assertThat(sickDecision.days()).hasSize(10);
        assertThat(sum(sickDecision.days(), true)).isEqualByComparingTo("5430");
        assertThat(sum(sickDecision.days(), false)).isEqualByComparingTo("760");
        assertThat(sickDecision.days().get(0).karensDeduction()).contains(new BigDecimal("543"));
        assertThat(sickDecision.days().get(1).karensDeduction()).contains(new BigDecimal("217"));
        assertThat(sickDecision.karens()).isTrue();
        assertThat(sickDecision.outcome()).contains(Code.of("BEVILJAN"));
        assertThat(sickDecision.decisionType()).contains(Code.of("SLUTLIGT"));
        assertThat(sickDecision.compensation()).contains(Code.of("SJUKPENNING"));
        assertThat(sickDecision.compensationLevel()).contains(Code.of("NORMAL"));
        assertThat(sickDecision.period()).contains(DatePeriod.of(LocalDate.of(2020, 1, 7), LocalDate.of(2020, 1, 16)));
    }

    @Test
    void fetch_whenTypicalAnswer_decodesProgrammesAndJobDays() {
        answer(wm, 200, sample("02-svar.xml"));
        BenefitInformation info = fetchAll();

        assertThat(info.programmes()).singleElement().isEqualTo(ProgrammeAssignment
                .builder(new Code("53", "Jobb- och utvecklingsgaranti"))
                .period(new DatePeriod(Optional.of(LocalDate.of(2019, 6, 3)), Optional.empty()))
                .extent(new Fraction(1, 1)).build());
        assertThat(info.jobGuarantee()).hasValueSatisfying(job -> {
            assertThat(job.usedDays()).isEqualTo(312);
            assertThat(job.allDaysUsed()).isFalse();
        });
    }

    @Test
    void fetch_whenTypicalAnswer_decodesPaymentsAndTotals() {
        answer(wm, 200, sample("02-svar.xml"));
        List<Payment> payments = fetchAll().payments();

        assertThat(payments).extracting(p -> p.family().id()).containsExactly("AMP", "FP", "DAG");
        assertThat(payments).allSatisfy(p -> {
            assertThat(p.status()).isEqualTo(PaymentStatus.EXECUTED);
            assertThat(p.gross().subtract(p.deductions())).isEqualByComparingTo(p.net());
        });
        assertTotals(payments.get(0), "3650", "1095", "1095", "2555");
        assertTotals(payments.get(1), "1629", "488", "488", "1141");
        Payment sick = payments.get(2);
        assertTotals(sick, "4670", "1401", "2201", "2469");
        assertThat(sick.lines()).extracting(PaymentLine::kind, l -> l.amountType().map(Code::id).orElse(""),
                PaymentLine::amount).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LineKind.COMPENSATION, "ORD", new BigDecimal("4670")),
                        org.assertj.core.groups.Tuple.tuple(LineKind.TAX, "PS", new BigDecimal("1401")),
                        org.assertj.core.groups.Tuple.tuple(LineKind.DEDUCTION, "SKV", new BigDecimal("800")));
    }

    @Test
    void fetch_whenKarensCompensation_decodesTwoSicknessPaymentsAndNoCase() {
        answer(wm, 200, sample("04-svar-karensersattning.xml"));
        BenefitInformation info = fetchAll();

        assertThat(info.cases()).isEmpty();
        assertThat(info.payments()).hasSize(2).allSatisfy(p -> {
            assertThat(p.family().id()).isEqualTo("DAG");
            assertThat(p.lines()).anySatisfy(l -> assertThat(l.benefit().id()).isEqualTo("SJP"));
            assertThat(p.lines()).anySatisfy(l -> assertThat(l.amountType().map(Code::id)).contains("PS"));
        });
        Payment employee = info.payments().get(0);
        assertTotals(employee, "700", "210", "210", "490");
        assertThat(employee.paymentDate()).contains(LocalDate.of(2020, 4, 14));
        Payment selfEmployed = info.payments().get(1);
        assertTotals(selfEmployed, "2412", "723", "723", "1689");
        assertThat(selfEmployed.paymentDate()).contains(LocalDate.of(2020, 4, 21));
    }

    @Test
    void fetch_whenPreliminaryPaymentsAfterFix_absorbsTheQuirks() {
        answer(wm, 200, sample("06-svar-preliminara-utbetalningar.xml"));
        BenefitInformation info = fetchAll();

        assertThat(info.payments()).hasSize(2).allSatisfy(p -> {
            assertThat(p.status()).isEqualTo(PaymentStatus.PRELIMINARY);
            assertThat(p.payer()).isEqualTo(Payer.FORSAKRINGSKASSAN);
            // The contract's empty beloppstyp: compensation rows have no amount type; tax and deduction
            // rows carry their förmån as amount type and the compensation's förmån as benefit.
            assertThat(p.lines()).filteredOn(l -> l.kind() == LineKind.COMPENSATION)
                    .allSatisfy(l -> assertThat(l.amountType()).isEmpty());
        });
        Payment sick = info.preliminaryPayments().get(0);
        assertTotals(sick, "7602", "2280", "3280", "4322");
        assertThat(sick.lines()).extracting(l -> l.benefit().id(), PaymentLine::kind, PaymentLine::amount,
                l -> l.amountType().map(Code::id).orElse(""))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SJP", LineKind.COMPENSATION, new BigDecimal("7602"), ""),
                        org.assertj.core.groups.Tuple.tuple("SJP", LineKind.TAX, new BigDecimal("2280"), "PS"),
                        org.assertj.core.groups.Tuple.tuple("SJP", LineKind.DEDUCTION, new BigDecimal("1000"), "INF"));
        assertTotals(info.preliminaryPayments().get(1), "4215", "1264", "1264", "2951");
    }

    @Test
    void fetch_whenPreliminaryPaymentBeforeFix_readsBasicDatesAndMissingCompany() {
        answer(wm, 200, sample("07-svar-preliminara-fore-rattning.xml"));
        Payment p = fetchAll().payments().get(0);

        assertThat(p.status()).isEqualTo(PaymentStatus.PRELIMINARY);
        assertThat(p.company()).isEmpty();
        assertThat(p.payer()).isEqualTo(Payer.FORSAKRINGSKASSAN);
        assertThat(p.paymentDate()).contains(LocalDate.of(2020, 3, 25));
        assertThat(p.period()).contains(DatePeriod.of(LocalDate.of(2020, 3, 2), LocalDate.of(2020, 3, 15)));
        assertTotals(p, "7602", "2280", "2280", "5322");
    }

    @Test
    void ping_whenServiceAnswers_returnsVersionAndTime() {
        answer(wm, 200, sample("12-pingsvar.xml"));
        PingResult ping = client.ping();
        assertThat(ping.version()).isEqualTo(LefiVersion.V6_0);
        // <tidpunkt>2020-03-02T10:20:00.731+01:00</tidpunkt> of 12-pingsvar.xml
        assertThat(ping.answeredAt()).isEqualTo(OffsetDateTime.of(2020, 3, 2, 10, 20, 0, 731_000_000, ZoneOffset.ofHours(1)));
    }

    @Test
    void fetchAsync_whenTypicalAnswer_completesWithTheSameModel() throws Exception {
        answer(wm, 200, sample("02-svar.xml"));
        BenefitInformation sync = fetchAll();
        BenefitInformation async = client.query(Personnummer.parse("198402298452"))
                .period(LocalDate.of(2019, 11, 1), LocalDate.of(2020, 2, 29))
                .benefits(Benefit.SJUKPENNING).fetchAsync().get();
        assertThat(async).isEqualTo(sync);
    }

    @Test
    void fetch_whenUnknownCodes_keepsThemAsDelivered() {
        String answer = sample("02-svar.xml")
                .replace("<id>ORD</id>", "<id>NYTYP</id>")
                .replace("<id>AMP</id>", "<id>NYFAM</id>")
                .replace("<id>53</id>", "<id>777</id>")
                .replaceFirst("<civilstand>\\s*<id>1</id>\\s*<beskrivning>Ogift</beskrivning>",
                        "<civilstand><id>99</id><beskrivning>Nytt civilstånd</beskrivning>");
        answer(wm, 200, answer);
        BenefitInformation info = fetchAll();

        assertThat(info.payments().get(0).family().id()).isEqualTo("NYFAM");
        assertThat(info.payments().get(0).lines().get(0).amountType().map(Code::id)).contains("NYTYP");
        assertThat(info.payments().get(0).lines().get(0).kind()).isEqualTo(LineKind.COMPENSATION);
        assertThat(info.programmes().get(0).programme().id()).isEqualTo("777");
        assertThat(info.person().orElseThrow().civilStatus()).contains(new Code("99", "Nytt civilstånd"));
    }

    @Test
    void toString_whenAnswerDecoded_neverShowsAClearPersonnummer() {
        answer(wm, 200, sample("02-svar.xml"));
        BenefitInformation info = fetchAll();
        String all = info + " " + info.person().orElseThrow() + " " + info.person().orElseThrow().children() + " "
                + info.person().orElseThrow().details() + " " + info.cases() + " " + info.payments();
        assertThat(all).doesNotContain("198402298452").doesNotContain("8402298452").doesNotContain("201409181508")
                .doesNotContain("Maja Provsson");
    }

    @Test
    void fetch_whenAnswerHasWrongVersionAttribute_throwsProtocolException() {
        answer(wm, 200, sample("02-svar.xml").replace("lefiOnlineVersion=\"6.0\"", "lefiOnlineVersion=\"5.1\""));
        assertThatThrownBy(this::fetchAll).isInstanceOf(se.lefi.client.LefiProtocolException.class)
                .hasMessageContaining("5.1");
    }

    @Test
    void fetch_whenAnswerHasBadDate_throwsProtocolExceptionNotHalfResult() {
        answer(wm, 200, sample("02-svar.xml").replace("<startades>2020-01-07</startades>",
                "<startades>2020-13-07</startades>"));
        assertThatThrownBy(this::fetchAll).isInstanceOf(se.lefi.client.LefiProtocolException.class);
    }

    @Test
    void fetch_whenPaymentRowHasNoAmount_throwsProtocolException() {
        answer(wm, 200, sample("02-svar.xml").replaceFirst("(?s)<bruttobelopp>\\s*<summa>3650</summa>\\s*<valuta>SEK</valuta>\\s*</bruttobelopp>\\s*</utbetalningsdetalj>", "</utbetalningsdetalj>"));
        assertThatThrownBy(this::fetchAll).isInstanceOf(se.lefi.client.LefiProtocolException.class)
                .hasMessageContaining("no amount");
    }

    private BenefitInformation fetchAll() {
        return client.query(Personnummer.parse("198402298452"))
                .period(LocalDate.of(2019, 11, 1), LocalDate.of(2020, 2, 29))
                .benefits(Benefit.GENERELL_PERSONINFORMATION, Benefit.FORALDRAPENNING, Benefit.SJUKPENNING)
                .payments(Benefit.SJUKPENNING)
                .fetch();
    }

    private static BigDecimal sum(List<BenefitDay> days, boolean amounts) {
        return days.stream().map(d -> (amounts ? d.amount() : d.karensDeduction()).orElse(BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void assertTotals(Payment p, String gross, String tax, String deductions, String net) {
        assertThat(p.gross()).as("gross").isEqualByComparingTo(gross);
        assertThat(p.tax()).as("tax").isEqualByComparingTo(tax);
        assertThat(p.deductions()).as("deductions").isEqualByComparingTo(deductions);
        assertThat(p.net()).as("net").isEqualByComparingTo(net);
    }
}
