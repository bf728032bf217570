package se.lefi.client.internal.formansinformation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.lefi.client.Benefit;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.model.BenefitCase;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.model.Code;
import se.lefi.client.model.Details;
import se.lefi.client.model.Fraction;
import se.lefi.client.model.InformationEntry;
import se.lefi.client.model.LineKind;
import se.lefi.client.model.Payment;
import se.lefi.client.model.PaymentLine;
import se.lefi.client.model.ProviderState;
import se.lefi.client.model.SteplessSettlement;

/**
 * Checks the formansinformation mapping on {@link Details} built by hand, as any decoder (XML or
 * JSON) hands them over: no wire format is involved.
 */
class BenefitInformationAssemblerTest {

    private static final Personnummer PNR = Personnummer.parse("19121212-1212");

    private static BenefitInformation assemble(Details information) {
        return BenefitInformationAssembler.assemble(LefiVersion.V6_0, null, null, information, PNR);
    }

    @Test
    void assemble_whenAnswerOfASoapVersion_isCompleteWithForsakringskassanOk() {
        BenefitInformation info = assemble(Details.empty());

        assertThat(info.deviations()).isEmpty();
        assertThat(info.providers()).containsExactly(ProviderState.FORSAKRINGSKASSAN_OK);
        assertThat(info.isComplete()).isTrue();
    }

    @Test
    void benefitCase_whenSteglosAvrakningDelivered_isTyped() {
        Details settlement = Details.builder().add("artal", 2023).add("arsinkomstISverige", new BigDecimal("120000"))
                .add("fribelopp", new BigDecimal("80000")).add("aterkrav", new BigDecimal("4500")).build();
        Details sa = Details.builder().add("aktivt", true).add("steglosAvrakning", settlement).build();

        BenefitCase c = assemble(Details.builder().add("sjukOchAktivitetsersattningsarende", sa).build()).cases().get(0);

        assertThat(c.benefit()).isEqualTo(Benefit.SJUKERSATTNING_OCH_AKTIVITETSERSATTNING);
        assertThat(c.steplessSettlement()).hasValueSatisfying(s -> {
            assertThat(s.year()).hasValue(2023);
            assertThat(s.incomeInSweden()).contains(new BigDecimal("120000"));
            assertThat(s.allowance()).contains(new BigDecimal("80000"));
            assertThat(s.recovery()).contains(new BigDecimal("4500"));
            assertThat(s.payment()).isEmpty();
        });
    }

    @Test
    void entries_whenVersion9SteglosAvrakningListsDelivered_areTypedLikeTheCasesOfOtherVersions() {
        Details now = Details.builder().add("artal", "2024").add("arsinkomstISverige", new BigDecimal("240000"))
                .add("mellanskillnad", new BigDecimal("60000")).add("utbetalning", new BigDecimal("91000")).build();
        Details before = Details.builder().add("artal", 2023).add("aterkrav", new BigDecimal("4500")).build();

        BenefitInformation info = assemble(Details.builder()
                .add("sjukOchAktivitetsersattningSteglosAvrakningHistorik", before)
                .add("sjukOchAktivitetsersattningSteglosAvrakningNulage", now).build());

        assertThat(info.entries(Benefit.SJUKERSATTNING_OCH_AKTIVITETSERSATTNING)).extracting(InformationEntry::type)
                .containsExactly("sjukOchAktivitetsersattningSteglosAvrakningHistorik",
                        "sjukOchAktivitetsersattningSteglosAvrakningNulage");
        assertThat(info.entries().get(0).year()).hasValue(2023);
        assertThat(info.steplessSettlements()).hasSize(2);
        assertThat(info.steplessSettlements().get(0).recovery()).contains(new BigDecimal("4500"));
        SteplessSettlement current = info.steplessSettlements().get(1);
        assertThat(current.year()).hasValue(2024);
        assertThat(current.incomeInSweden()).contains(new BigDecimal("240000"));
        assertThat(current.difference()).contains(new BigDecimal("60000"));
        assertThat(current.payment()).contains(new BigDecimal("91000"));
        assertThat(current.recovery()).isEmpty();
    }

    @Test
    void entries_whenNotASteglosAvrakningList_haveNoSettlement() {
        Details tax = Details.builder().add("artal", 2024).add("skatteredovisningsnummer", "1").build();

        BenefitInformation info = assemble(Details.builder().add("skatteuppgift", tax).build());

        assertThat(info.entries()).singleElement().satisfies(e -> {
            assertThat(e.steplessSettlement()).isEmpty();
            assertThat(e.year()).isEmpty();
        });
        assertThat(info.steplessSettlements()).isEmpty();
    }

    @Test
    void benefitCase_whenAnspraksdagarDelivered_areTypedClaimedDays() {
        Details day = Details.builder().add("dag", LocalDate.of(2024, 3, 4)).add("niva", new Code("SGI", "Sjukpenningnivå"))
                .add("omfattning", new Fraction(1, 2)).build();
        Details fp = Details.builder().add("anspraksdagar", day).add("anspraksdagar", day).build();

        BenefitCase c = assemble(Details.builder().add("foraldrapenningarende", fp).build()).cases().get(0);

        assertThat(c.claimedDays()).hasSize(2).allSatisfy(d -> {
            assertThat(d.date()).contains(LocalDate.of(2024, 3, 4));
            assertThat(d.level().map(Code::id)).contains("SGI");
            assertThat(d.extent()).contains(new Fraction(1, 2));
        });
        assertThat(c.steplessSettlement()).isEmpty();
    }

    @Test
    void entries_whenPensionBalanceAndEarningsDelivered_areTyped() {
        Details balance = Details.builder().add("belopp", new BigDecimal("812000"))
                .add("premiepensionBelopp", new BigDecimal("143000")).build();
        Details earnings = Details.builder().add("ar", 2022).add("poang", new BigDecimal("4.5")).build();

        BenefitInformation info = assemble(Details.builder().add("intjanandebehallning", balance)
                .add("intjanandeuppgift", earnings).build());

        InformationEntry b = info.entries().get(0);
        assertThat(b.amount()).contains(new BigDecimal("812000"));
        assertThat(b.premiepensionAmount()).contains(new BigDecimal("143000"));
        assertThat(b.year()).isEmpty();
        InformationEntry e = info.entries().get(1);
        assertThat(e.year()).hasValue(2022);
        assertThat(e.amount()).isEmpty();
    }

    @Test
    void preliminary_whenTaxAndDeductionRows_areShapedLikeExecutedRows() {
        Payment p = BenefitInformationAssembler.preliminary(Details.builder()
                .add("utbetalningsdetalj", row("SJP", "7602"))
                .add("utbetalningsdetalj", row("PS", "2280"))
                .add("utbetalningsdetalj", row("INF", "1000"))
                .add("nettobelopp", new BigDecimal("4322")).build());

        assertThat(p.lines()).extracting(l -> l.benefit().id()).containsExactly("SJP", "SJP", "SJP");
        assertThat(p.lines()).extracting(PaymentLine::kind)
                .containsExactly(LineKind.COMPENSATION, LineKind.TAX, LineKind.DEDUCTION);
        assertThat(p.lines()).extracting(l -> l.amountType().map(Code::id).orElse("")).containsExactly("", "PS", "INF");
        assertThat(p.tax()).isEqualByComparingTo("2280");
        assertThat(p.deductions()).isEqualByComparingTo("3280");
    }

    @Test
    void preliminary_whenNoCompensationRow_keepsTheRowAsDelivered() {
        Payment p = BenefitInformationAssembler.preliminary(Details.builder()
                .add("utbetalningsdetalj", row("PS", "300")).build());

        assertThat(p.lines()).singleElement().satisfies(l -> {
            assertThat(l.benefit().id()).isEqualTo("PS");
            assertThat(l.kind()).isEqualTo(LineKind.TAX);
            assertThat(l.amountType()).isEmpty();
        });
    }

    @Test
    void executed_whenARowHasNoAmount_isMalformed() {
        Details noAmount = Details.builder().add("forman", new Code("SJP", "")).build();
        assertThatThrownBy(() -> BenefitInformationAssembler.executed(Details.builder()
                .add("utbetalningsdetalj", noAmount).build())).isInstanceOf(MalformedAnswerException.class);
    }

    private static Details row(String forman, String amount) {
        return Details.builder().add("forman", new Code(forman, "")).add("bruttobelopp", new BigDecimal(amount)).build();
    }
}
