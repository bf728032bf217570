package se.lefi.client.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.lefi.client.Benefit;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;

/**
 * Proves the model's builders: what a builder builds equals what the canonical constructor makes
 * of the same values, {@code toBuilder().build()} gives the original back, and what is not set is
 * empty, never null. Every value below sets every component to something other than its default,
 * so a setter or a {@code toBuilder()} that forgets a component fails here.
 */
class ModelBuildersTest {

    // Records whose values users do not build in tests (small value types) or whose builder is
    // proved elsewhere; every other public record of the model must have a builder.
    private static final Set<String> WITHOUT_BUILDER = Set.of("Code", "DatePeriod", "Fraction", "Deviation",
            "ProviderState", "PingResult");

    // Records with a builder(...) but no toBuilder(); none at present.
    private static final Set<String> WITHOUT_TO_BUILDER = Set.of();

    private static final Personnummer PERSON = Personnummer.parse("198504122386");
    private static final Personnummer CHILD = Personnummer.parse("201705022489");
    private static final LocalDate DAY = LocalDate.of(2020, 3, 16);
    private static final DatePeriod PERIOD = DatePeriod.of(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 31));
    private static final Fraction HALF = new Fraction(1, 2);
    private static final Details DETAILS = Details.builder().add("dagar", 5).build();

    @Test
    void paymentLineBuilder_withEveryComponent_equalsCanonicalConstructor() {
        PaymentLine built = PaymentLine.builder(LineKind.TAX).benefit(Code.of("PS")).amount(new BigDecimal("210"))
                .amountType(Code.of("SKA")).days(5).hours(40).period(PERIOD).extent(HALF).build();

        assertThat(built).isEqualTo(fullLine());
    }

    @Test
    void paymentLineToBuilder_whenBuiltUnchanged_equalsOriginal() {
        assertThat(fullLine().toBuilder().build()).isEqualTo(fullLine());
        assertThat(PaymentLine.builder(LineKind.TAX).build().toBuilder().build())
                .isEqualTo(PaymentLine.builder(LineKind.TAX).build());
    }

    @Test
    void paymentLineBuilder_whenNothingSet_hasEmptyCodeZeroAmountAndEmptyOptionals() {
        PaymentLine empty = PaymentLine.builder(LineKind.COMPENSATION).build();

        assertThat(empty).isEqualTo(new PaymentLine(Code.of(""), LineKind.COMPENSATION, BigDecimal.ZERO,
                Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty()));
    }

    @Test
    void paymentBuilder_withEveryComponent_equalsCanonicalConstructor() {
        Payment built = Payment.builder(PaymentStatus.PRELIMINARY, Payer.PENSIONSMYNDIGHETEN)
                .family(Code.of("DAG")).type(Code.of("2")).company(Code.of("1003")).paymentDate(DAY).period(PERIOD)
                .gross(new BigDecimal("700")).tax(new BigDecimal("210")).deductions(new BigDecimal("215"))
                .net(new BigDecimal("485")).lines(List.of(fullLine())).build();

        assertThat(built).isEqualTo(fullPayment());
    }

    @Test
    void paymentToBuilder_whenBuiltUnchanged_equalsOriginal() {
        assertThat(fullPayment().toBuilder().build()).isEqualTo(fullPayment());
    }

    @Test
    void paymentBuilder_whenNothingSet_hasEmptyFamilyZeroAmountsAndNoLines() {
        Payment empty = Payment.builder(PaymentStatus.EXECUTED, Payer.FORSAKRINGSKASSAN).build();

        assertThat(empty).isEqualTo(new Payment(PaymentStatus.EXECUTED, Payer.FORSAKRINGSKASSAN, Code.of(""),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, List.of()));
    }

    @Test
    void paymentToBuilder_whenOneAmountChanged_keepsTheOthersAndLeavesOriginalAlone() {
        Payment original = fullPayment();

        Payment changed = original.toBuilder().net(BigDecimal.ONE).type(null).build();

        assertThat(changed.net()).isEqualTo(BigDecimal.ONE);
        assertThat(changed.type()).isEmpty();
        assertThat(changed.gross()).isEqualTo(original.gross());
        assertThat(changed.lines()).isEqualTo(original.lines());
        assertThat(original.net()).isEqualTo(new BigDecimal("485"));
    }

    @Test
    void benefitDayBuilder_withEveryComponent_equalsCanonicalConstructor() {
        BenefitDay built = BenefitDay.builder().date(DAY).amount(new BigDecimal("804"))
                .karensDeduction(new BigDecimal("804")).level(Code.of("S")).compensation(Code.of("AS"))
                .incomeType(Code.of("A")).extent(HALF).details(DETAILS).build();

        assertThat(built).isEqualTo(fullDay());
    }

    @Test
    void benefitDayToBuilder_whenBuiltUnchanged_equalsOriginal() {
        assertThat(fullDay().toBuilder().build()).isEqualTo(fullDay());
    }

    @Test
    void benefitDayBuilder_whenNothingSet_isEmpty() {
        assertThat(BenefitDay.builder().build()).isEqualTo(new BenefitDay(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Details.empty()));
    }

    @Test
    void periodDecisionBuilder_withEveryComponent_equalsCanonicalConstructor() {
        PeriodDecision built = PeriodDecision.builder().period(PERIOD).level(new Fraction(40, 100)).share(HALF)
                .paymentType(Code.of("L")).details(DETAILS).build();

        assertThat(built).isEqualTo(fullPeriodDecision());
    }

    @Test
    void periodDecisionToBuilder_whenBuiltUnchanged_equalsOriginal() {
        assertThat(fullPeriodDecision().toBuilder().build()).isEqualTo(fullPeriodDecision());
    }

    @Test
    void periodDecisionBuilder_whenNothingSet_isEmpty() {
        assertThat(PeriodDecision.builder().build()).isEqualTo(new PeriodDecision(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Details.empty()));
    }

    @Test
    void decisionBuilder_withEveryComponent_equalsCanonicalConstructor() {
        Decision built = Decision.builder().decided(DAY).definitive(true).benefit(Code.of("SJP"))
                .subBenefit(Code.of("SJK")).periodicity(Code.of("1")).period(PERIOD)
                .decidedGross(new BigDecimal("1000")).coordinatedGross(new BigDecimal("900")).extent(HALF).dayCount(14)
                .karens(true).compensation(Code.of("SJP")).outcome(Code.of("BEV")).decisionType(Code.of("SLUTLIGT"))
                .compensationLevel(Code.of("80")).days(List.of(fullDay())).periodDecisions(List.of(fullPeriodDecision()))
                .details(DETAILS).build();

        assertThat(built).isEqualTo(fullDecision());
    }

    @Test
    void decisionToBuilder_whenBuiltUnchanged_equalsOriginal() {
        assertThat(fullDecision().toBuilder().build()).isEqualTo(fullDecision());
        assertThat(Decision.builder().build().toBuilder().build()).isEqualTo(Decision.builder().build());
    }

    @Test
    void decisionBuilder_whenNothingSet_isNotDefinitiveWithoutKarensAndEmpty() {
        Decision empty = Decision.builder().build();

        assertThat(empty).isEqualTo(new Decision(Optional.empty(), false, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                OptionalInt.empty(), false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), List.of(), Details.empty()));
    }

    @Test
    void addressBuilder_withEveryComponent_equalsCanonicalConstructor() {
        Address built = Address.builder().roles(List.of(new Code("1", "Folkbokföringsadress")))
                .lines(List.of("c/o Svensson", "Storgatan 1")).postalCode("11122").city("Stockholm")
                .country(new Code("SE", "Sverige")).build();

        assertThat(built).isEqualTo(fullAddress());
    }

    @Test
    void addressToBuilder_whenBuiltUnchanged_equalsOriginal() {
        assertThat(fullAddress().toBuilder().build()).isEqualTo(fullAddress());
    }

    @Test
    void addressBuilder_whenNothingSet_hasNoRolesNoLinesAndEmptyTexts() {
        assertThat(Address.builder().build())
                .isEqualTo(new Address(List.of(), List.of(), "", "", Optional.empty()));
    }

    @Test
    void relatedPersonBuilder_withEveryComponent_equalsCanonicalConstructor() {
        RelatedPerson built = RelatedPerson.builder().personnummer(CHILD).name("Lilla Tolvansson")
                .born(LocalDate.of(2017, 5, 2)).protectedIdentity(true).dateOfDeath(DAY).details(DETAILS).build();

        assertThat(built).isEqualTo(fullRelatedPerson());
    }

    @Test
    void relatedPersonToBuilder_whenBuiltUnchanged_equalsOriginal() {
        assertThat(fullRelatedPerson().toBuilder().build()).isEqualTo(fullRelatedPerson());
    }

    @Test
    void relatedPersonBuilder_whenNothingSet_hasEmptyNameAndIsNotProtected() {
        assertThat(RelatedPerson.builder().build()).isEqualTo(new RelatedPerson(Optional.empty(), "",
                Optional.empty(), false, Optional.empty(), Details.empty()));
    }

    @Test
    void personInformationBuilder_withEveryComponent_equalsCanonicalConstructor() {
        PersonInformation built = PersonInformation.builder(PERSON).name("Tolvan Tolvansson")
                .born(LocalDate.of(1985, 4, 12)).protectedIdentity(true).dateOfDeath(DAY)
                .addresses(List.of(fullAddress())).children(List.of(fullRelatedPerson()))
                .cohabitants(List.of(RelatedPerson.builder().name("Sambo").build())).civilStatus(Code.of("G"))
                .details(DETAILS).build();

        assertThat(built).isEqualTo(fullPerson());
    }

    @Test
    void personInformationToBuilder_whenBuiltUnchanged_equalsOriginal() {
        assertThat(fullPerson().toBuilder().build()).isEqualTo(fullPerson());
    }

    @Test
    void personInformationBuilder_whenNothingSet_hasEmptyNameAndEmptyLists() {
        assertThat(PersonInformation.builder(PERSON).build()).isEqualTo(new PersonInformation(PERSON, "",
                Optional.empty(), false, Optional.empty(), List.of(), List.of(), List.of(), Optional.empty(),
                Details.empty()));
    }

    @Test
    void programmeAssignmentBuilder_withEveryComponent_equalsCanonicalConstructor() {
        ProgrammeAssignment built = ProgrammeAssignment.builder(new Code("53", "Jobb- och utvecklingsgaranti"))
                .period(PERIOD).extent(HALF).build();

        assertThat(built).isEqualTo(fullProgramme());
    }

    @Test
    void programmeAssignmentToBuilder_whenBuiltUnchanged_equalsOriginal() {
        assertThat(fullProgramme().toBuilder().build()).isEqualTo(fullProgramme());
    }

    @Test
    void programmeAssignmentBuilder_whenNothingSet_hasEmptyPeriodAndExtent() {
        assertThat(ProgrammeAssignment.builder(Code.of("53")).build())
                .isEqualTo(new ProgrammeAssignment(Code.of("53"), Optional.empty(), Optional.empty()));
    }

    @Test
    void jobGuaranteeDaysBuilder_withEveryComponent_equalsCanonicalConstructor() {
        assertThat(JobGuaranteeDays.builder().usedDays(450).allDaysUsed(true).build())
                .isEqualTo(new JobGuaranteeDays(450, true));
    }

    @Test
    void jobGuaranteeDaysToBuilder_whenBuiltUnchanged_equalsOriginal() {
        JobGuaranteeDays original = new JobGuaranteeDays(450, true);

        assertThat(original.toBuilder().build()).isEqualTo(original);
    }

    @Test
    void jobGuaranteeDaysBuilder_whenNothingSet_hasNoDayUsed() {
        assertThat(JobGuaranteeDays.builder().build()).isEqualTo(new JobGuaranteeDays(0, false));
    }

    @Test
    void availableInformationTypesBuilder_withEveryComponent_equalsCanonicalConstructor() {
        AvailableInformationTypes built = AvailableInformationTypes.builder().benefits(List.of(Benefit.SJUKPENNING))
                .claims(List.of(Benefit.ALLMAN_PENSION)).decisions(List.of(Benefit.BOSTADSTILLAGG))
                .preliminaryPayments(List.of(Benefit.FORALDRAPENNING)).payments(List.of(Benefit.BARNBIDRAG))
                .otherInformation(List.of(Benefit.INTJANANDE)).codes(List.of(new Code("SJP", "Sjukpenning")))
                .build();

        assertThat(built).isEqualTo(fullAvailable());
    }

    @Test
    void availableInformationTypesToBuilder_whenBuiltUnchanged_equalsOriginal() {
        assertThat(fullAvailable().toBuilder().build()).isEqualTo(fullAvailable());
    }

    @Test
    void availableInformationTypesBuilder_whenNothingSet_hasEmptyLists() {
        assertThat(AvailableInformationTypes.builder().build()).isEqualTo(new AvailableInformationTypes(List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
    }

    @Test
    void steplessSettlementBuilder_withEveryComponent_equalsCanonicalConstructor() {
        SteplessSettlement built = SteplessSettlement.builder().year(2021).incomeInSweden(new BigDecimal("120000"))
                .incomeAbroad(new BigDecimal("5000")).allowance(new BigDecimal("100000"))
                .difference(new BigDecimal("25000")).supplement(new BigDecimal("10")).fee(new BigDecimal("20"))
                .payment(new BigDecimal("30")).recovery(new BigDecimal("8000")).build();

        assertThat(built).isEqualTo(fullSettlement());
    }

    @Test
    void steplessSettlementToBuilder_whenBuiltUnchanged_equalsOriginal() {
        assertThat(fullSettlement().toBuilder().build()).isEqualTo(fullSettlement());
    }

    @Test
    void steplessSettlementBuilder_whenNothingSet_isEmpty() {
        assertThat(SteplessSettlement.builder().build()).isEqualTo(new SteplessSettlement(OptionalInt.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Test
    void informationEntryBuilder_withEveryComponent_equalsCanonicalConstructor() {
        InformationEntry built = InformationEntry.builder(Benefit.SJUKERSATTNING_OCH_AKTIVITETSERSATTNING, "lista")
                .details(DETAILS).year(2021).amount(new BigDecimal("812000")).premiepensionAmount(new BigDecimal("4100"))
                .steplessSettlement(fullSettlement()).build();

        assertThat(built).isEqualTo(fullEntry());
    }

    @Test
    void informationEntryToBuilder_whenBuiltUnchanged_equalsOriginal() {
        assertThat(fullEntry().toBuilder().build()).isEqualTo(fullEntry());
    }

    @Test
    void steplessSettlements_whenInACaseAndInAnEntry_givesBothCasesFirst() {
        SteplessSettlement inEntry = SteplessSettlement.builder().year(2024).recovery(new BigDecimal("1")).build();
        BenefitInformation info = BenefitInformation.builder(LefiVersion.V9_0)
                .entries(List.of(InformationEntry.builder(Benefit.SKATTEUPPGIFT, "skatt").build(),
                        InformationEntry.builder(Benefit.SJUKERSATTNING_OCH_AKTIVITETSERSATTNING, "lista")
                                .steplessSettlement(inEntry).build()))
                .cases(List.of(BenefitCase.builder(Benefit.SJUKERSATTNING_OCH_AKTIVITETSERSATTNING)
                        .steplessSettlement(fullSettlement()).build(), BenefitCase.builder(Benefit.SJUKPENNING).build()))
                .build();

        assertThat(info.steplessSettlements()).containsExactly(fullSettlement(), inEntry);
        assertThat(BenefitInformation.builder(LefiVersion.V6_0).build().steplessSettlements()).isEmpty();
    }

    @Test
    void optionalSetter_whenGivenNull_clearsTheValue() {
        PaymentLine line = fullLine().toBuilder().amountType(null).days(null).period(null).build();
        PersonInformation person = fullPerson().toBuilder().born(null).dateOfDeath(null).civilStatus(null).build();

        assertThat(line.amountType()).isEmpty();
        assertThat(line.days()).isEmpty();
        assertThat(line.period()).isEmpty();
        assertThat(line.hours()).hasValue(40);
        assertThat(person.born()).isEmpty();
        assertThat(person.dateOfDeath()).isEmpty();
        assertThat(person.civilStatus()).isEmpty();
    }

    @Test
    void requiredSetter_whenGivenNull_isIllegalArgumentNamingTheComponent() {
        assertThatThrownBy(() -> Payment.builder(null, Payer.FORSAKRINGSKASSAN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("status");
        assertThatThrownBy(() -> Payment.builder(PaymentStatus.EXECUTED, Payer.UNKNOWN).gross(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gross");
        assertThatThrownBy(() -> PersonInformation.builder(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("personnummer");
        assertThatThrownBy(() -> Decision.builder().details(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("details");
        assertThatThrownBy(() -> Address.builder().city(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("city");
    }

    @Test
    void listSetter_whenGivenNullOrANullElement_isIllegalArgument() {
        assertThatThrownBy(() -> Payment.builder(PaymentStatus.EXECUTED, Payer.UNKNOWN).lines(null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lines");
        assertThatThrownBy(() -> Decision.builder().days(Arrays.asList(fullDay(), null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("days");
    }

    @Test
    void listSetter_whenListChangesAfterwards_keepsItsCopy() {
        List<PaymentLine> lines = new ArrayList<>(List.of(fullLine()));
        Payment.Builder builder = Payment.builder(PaymentStatus.EXECUTED, Payer.FORSAKRINGSKASSAN).lines(lines);

        lines.clear();

        assertThat(builder.build().lines()).containsExactly(fullLine());
    }

    @Test
    void builder_whenUsedTwice_buildsEqualButIndependentValues() {
        Decision.Builder builder = Decision.builder().definitive(true);
        Decision first = builder.build();

        Decision second = builder.karens(true).build();

        assertThat(first.karens()).isFalse();
        assertThat(second.karens()).isTrue();
        assertThat(second.definitive()).isTrue();
    }

    /**
     * Keeps the promise for records added or grown later: every public record of the model with a
     * builder has a static {@code builder(...)}, a {@code toBuilder()} and, on its builder, a setter
     * named after each component that is not a parameter of {@code builder(...)}.
     */
    @Test
    void everyModelRecord_whenNotASmallValueType_hasABuilderWithASetterPerComponent()
            throws IOException, URISyntaxException {
        List<Class<?>> records = modelRecords();

        assertThat(records).extracting(Class::getSimpleName)
                .contains("Payment", "Decision", "BenefitInformation", "BenefitCase", "InformationEntry");
        for (Class<?> type : records) {
            if (WITHOUT_BUILDER.contains(type.getSimpleName())) {
                continue;
            }
            Method builder = Arrays.stream(type.getMethods())
                    .filter(m -> m.getName().equals("builder") && Modifier.isStatic(m.getModifiers()))
                    .findFirst().orElseThrow(() -> new AssertionError(type.getSimpleName() + " has no builder()"));
            Class<?> builderType = builder.getReturnType();
            assertThat(builderType.getSimpleName()).as(type.getSimpleName()).isEqualTo("Builder");
            boolean toBuilder = Arrays.stream(type.getMethods()).anyMatch(m -> m.getName().equals("toBuilder")
                    && m.getParameterCount() == 0 && m.getReturnType() == builderType);
            assertThat(toBuilder).as(type.getSimpleName() + ".toBuilder()")
                    .isEqualTo(!WITHOUT_TO_BUILDER.contains(type.getSimpleName()));
            Set<String> params = Set.copyOf(Arrays.stream(builder.getParameters())
                    .map(p -> p.getType().getSimpleName()).toList());
            for (RecordComponent component : type.getRecordComponents()) {
                boolean setter = Arrays.stream(builderType.getMethods())
                        .anyMatch(m -> m.getName().equals(component.getName()) && m.getParameterCount() == 1
                                && m.getReturnType() == builderType);
                boolean asParameter = params.contains(component.getType().getSimpleName());
                assertThat(setter || asParameter).as(type.getSimpleName() + "." + component.getName()).isTrue();
            }
        }
    }

    private static List<Class<?>> modelRecords() throws IOException, URISyntaxException {
        Path dir = Path.of(Payment.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("se/lefi/client/model");
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .<Class<?>>map(n -> load("se.lefi.client.model." + n.substring(0, n.length() - ".class".length())))
                    .filter(c -> c.isRecord() && Modifier.isPublic(c.getModifiers())).toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    private static PaymentLine fullLine() {
        return new PaymentLine(Code.of("PS"), LineKind.TAX, new BigDecimal("210"), Optional.of(Code.of("SKA")),
                OptionalInt.of(5), OptionalInt.of(40), Optional.of(PERIOD), Optional.of(HALF));
    }

    private static Payment fullPayment() {
        return new Payment(PaymentStatus.PRELIMINARY, Payer.PENSIONSMYNDIGHETEN, Code.of("DAG"),
                Optional.of(Code.of("2")), Optional.of(Code.of("1003")), Optional.of(DAY), Optional.of(PERIOD),
                new BigDecimal("700"), new BigDecimal("210"), new BigDecimal("215"), new BigDecimal("485"),
                List.of(fullLine()));
    }

    private static BenefitDay fullDay() {
        return new BenefitDay(Optional.of(DAY), Optional.of(new BigDecimal("804")), Optional.of(new BigDecimal("804")),
                Optional.of(Code.of("S")), Optional.of(Code.of("AS")), Optional.of(Code.of("A")), Optional.of(HALF),
                DETAILS);
    }

    private static PeriodDecision fullPeriodDecision() {
        return new PeriodDecision(Optional.of(PERIOD), Optional.of(new Fraction(40, 100)), Optional.of(HALF),
                Optional.of(Code.of("L")), DETAILS);
    }

    private static Decision fullDecision() {
        return new Decision(Optional.of(DAY), true, Optional.of(Code.of("SJP")), Optional.of(Code.of("SJK")),
                Optional.of(Code.of("1")), Optional.of(PERIOD), Optional.of(new BigDecimal("1000")),
                Optional.of(new BigDecimal("900")), Optional.of(HALF), OptionalInt.of(14), true,
                Optional.of(Code.of("SJP")), Optional.of(Code.of("BEV")), Optional.of(Code.of("SLUTLIGT")),
                Optional.of(Code.of("80")), List.of(fullDay()), List.of(fullPeriodDecision()), DETAILS);
    }

    private static Address fullAddress() {
        return new Address(List.of(new Code("1", "Folkbokföringsadress")), List.of("c/o Svensson", "Storgatan 1"),
                "11122", "Stockholm", Optional.of(new Code("SE", "Sverige")));
    }

    private static RelatedPerson fullRelatedPerson() {
        return new RelatedPerson(Optional.of(CHILD), "Lilla Tolvansson", Optional.of(LocalDate.of(2017, 5, 2)), true,
                Optional.of(DAY), DETAILS);
    }

    private static PersonInformation fullPerson() {
        return new PersonInformation(PERSON, "Tolvan Tolvansson", Optional.of(LocalDate.of(1985, 4, 12)), true,
                Optional.of(DAY), List.of(fullAddress()), List.of(fullRelatedPerson()),
                List.of(new RelatedPerson(Optional.empty(), "Sambo", Optional.empty(), false, Optional.empty(),
                        Details.empty())),
                Optional.of(Code.of("G")), DETAILS);
    }

    private static ProgrammeAssignment fullProgramme() {
        return new ProgrammeAssignment(new Code("53", "Jobb- och utvecklingsgaranti"), Optional.of(PERIOD),
                Optional.of(HALF));
    }

    private static InformationEntry fullEntry() {
        return new InformationEntry(Benefit.SJUKERSATTNING_OCH_AKTIVITETSERSATTNING, "lista", DETAILS, OptionalInt.of(2021),
                Optional.of(new BigDecimal("812000")), Optional.of(new BigDecimal("4100")), Optional.of(fullSettlement()));
    }

    private static SteplessSettlement fullSettlement() {
        return new SteplessSettlement(OptionalInt.of(2021), Optional.of(new BigDecimal("120000")),
                Optional.of(new BigDecimal("5000")), Optional.of(new BigDecimal("100000")),
                Optional.of(new BigDecimal("25000")), Optional.of(new BigDecimal("10")),
                Optional.of(new BigDecimal("20")), Optional.of(new BigDecimal("30")),
                Optional.of(new BigDecimal("8000")));
    }

    private static AvailableInformationTypes fullAvailable() {
        return new AvailableInformationTypes(List.of(Benefit.SJUKPENNING), List.of(Benefit.ALLMAN_PENSION),
                List.of(Benefit.BOSTADSTILLAGG), List.of(Benefit.FORALDRAPENNING), List.of(Benefit.BARNBIDRAG),
                List.of(Benefit.INTJANANDE), List.of(new Code("SJP", "Sjukpenning")));
    }
}
