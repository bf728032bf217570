package se.lefi.client.testkit;

import java.time.LocalDate;
import java.util.List;

/**
 * Names the synthetic persons every simulator knows from the start, one per situation worth
 * testing; all numbers have correct check digits and belong to no real person.
 *
 * <pre>{@code
 * client.query(Personnummer.parse(SyntheticPersons.SELF_EMPLOYED))
 *         .period(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 12, 31))
 *         .payments(Benefit.SJUKPENNING)
 *         .fetch();
 * }</pre>
 */
public final class SyntheticPersons {

    /**
     * An employee with ersättning för karens for 2020-03-16 (700 / tax 210 / net 490, paid
     * 2020-04-14), sjukpenning 2021-02-01..14 at 612 kr a day (7 711 / 2 313 / 5 398), and a
     * sickness of the last 14 days up to today whose payment six days after today (7 711 less tax
     * 2 313 and an utmätning of 1 000: net 4 398) is a preliminary payment in 6.0, and in version 9
     * förebyggande sjukpenning (FK:FSJP) 2021-03-08..12 at 612 kr a day (3 060 / 918 / 2 142, paid
     * 2021-03-19) and the skatteuppgift (FK:SKUP) with her personnummer as skatteredovisningsnummer.
     */
    public static final String SICK_EMPLOYEE = "198504122386";
    /**
     * A self-employed person with ersättning för karens for 3 days from 2020-03-23 (2 412 / 723 /
     * 1 689, paid 2020-04-21) and for 14 days from 2020-11-02 (11 256 / 3 376 / 7 880, paid 2020-12-01).
     */
    public static final String SELF_EMPLOYED = "197806234576";
    /**
     * A parent with föräldrapenning 2020-05-18..22 (5 days of 843, paid 2020-05-27), tillfällig
     * föräldrapenning 2020-02-10..11, föräldrapenning for the last ten days paid after today
     * (preliminary in 6.0), and barnbidrag with förlängt barnbidrag 2020-07-01..2021-06-30.
     */
    public static final String PARENT = "198809152468";
    /** The parent's younger child. */
    public static final String PARENT_CHILD = "201705022489";
    /**
     * The parent's older child, who gets förlängt barnbidrag; also a person of her own, whose
     * barnbidrag in version 9 (FK:MABB, mottagare av barnbidrag) names the parent as recipient:
     * allmänt barnbidrag 2004-07-01..2020-06-30 and förlängt barnbidrag 2020-07-01..2021-06-30,
     * 1 250 kr a month.
     */
    public static final String PARENT_STUDENT_CHILD = "200406101469";
    /**
     * A participant in Arbetspraktik (programme 40) with aktivitetsstöd of 680 kr a day from
     * 2019-01-07 to 2019-06-28, across the change to 5.1 and the new payment system of 2019-03-17.
     */
    public static final String PROGRAMME_PARTICIPANT = "199501010129";
    /**
     * A participant in the jobb- och utvecklingsgaranti (programme 53) from 2019-06-03 to
     * 2020-08-28 with aktivitetsstöd of 365 kr a day and 312 JOB days used (6.0).
     */
    public static final String JOB_PARTICIPANT = "197001010128";
    /**
     * A parent with omvårdnadsbidrag (2/4) for a child from 2019-02-01 and own merkostnadsersättning
     * (40 %) from 2020-01-01, both paid monthly on the 25th, also after today.
     */
    public static final String CARER = "197510103331";
    /** The carer's child. */
    public static final String CARER_CHILD = "201008203505";
    /**
     * A pensioner with allmän pension of 15 800 kr a month from Pensionsmyndigheten since
     * 2013-08-01, pension earnings for 2019 and 2020 and balances with premiepension; in version 9
     * also as Pensionsmyndigheten's pensionsunderlag (PM:PU) and pensionsbehållning (PM:PBH).
     */
    public static final String PENSIONER = "194807021375";
    /** A person with a protected identity (skyddad identitet) and sjukpenning 2021-03-01..10. */
    public static final String PROTECTED_IDENTITY = "199203172409";
    /** A pensioner who died on 2021-02-14; pension was paid until that month. */
    public static final String DECEASED = "193711111538";
    /** A samordningsnummer (day of birth 23 + 60) with sjukpenning 2020-10-05..11 and a non-Swedish name. */
    public static final String SAMORDNINGSNUMMER = "198903831298";
    /** A valid personnummer the simulator does not know: queries get {@code PERSON_SAKNAS}. */
    public static final String UNKNOWN_PERSON = "199001010017";

    private SyntheticPersons() {
    }

    /**
     * Creates the persons; what depends on today (current sickness, future payments) is placed
     * relative to the given day.
     *
     * @param today the simulator's today
     * @return the persons
     */
    public static List<SimulatedPerson> all(LocalDate today) {
        return List.of(
                SimulatedPerson.builder(SICK_EMPLOYEE).name("Sara Sjukdal").address("Kvarnvägen 4", "75320", "UPPSALA")
                        .karensCompensationAsEmployee(LocalDate.of(2020, 3, 16), LocalDate.of(2020, 4, 14))
                        .sickness(LocalDate.of(2021, 2, 1), LocalDate.of(2021, 2, 14), 612)
                        .sickness(today.minusDays(13), today, 612, today.plusDays(6), 1000)
                        .preventiveSickness(LocalDate.of(2021, 3, 8), LocalDate.of(2021, 3, 12), 612)
                        .taxReportingNumber(SICK_EMPLOYEE)
                        .build(),
                SimulatedPerson.builder(SELF_EMPLOYED).name("Erik Egenström").address("Smedjegatan 9", "41103", "GÖTEBORG")
                        .karensCompensationAsSelfEmployed(LocalDate.of(2020, 3, 23), 3, LocalDate.of(2020, 4, 21))
                        .karensCompensationAsSelfEmployed(LocalDate.of(2020, 11, 2), 14, LocalDate.of(2020, 12, 1))
                        .build(),
                SimulatedPerson.builder(PARENT).name("Petra Föräldersson").address("Lekvägen 12", "90325", "UMEÅ")
                        .child(PARENT_STUDENT_CHILD, "Elsa Föräldersson")
                        .child(PARENT_CHILD, "Liam Föräldersson")
                        .parentalBenefit(PARENT_CHILD, LocalDate.of(2020, 5, 18), 5, 843)
                        .temporaryParentalBenefit(PARENT_CHILD, LocalDate.of(2020, 2, 10), 2, 804)
                        .parentalBenefit(PARENT_CHILD, today.minusDays(10), 10, 843)
                        .childAllowance(PARENT_STUDENT_CHILD, LocalDate.of(2020, 7, 1), LocalDate.of(2021, 6, 30))
                        .build(),
                SimulatedPerson.builder(PARENT_STUDENT_CHILD).name("Elsa Föräldersson")
                        .address("Lekvägen 12", "90325", "UMEÅ")
                        .childAllowanceRecipient(PARENT, "Petra Föräldersson", LocalDate.of(2020, 7, 1),
                                LocalDate.of(2021, 6, 30))
                        .build(),
                SimulatedPerson.builder(PROGRAMME_PARTICIPANT).name("Alva Programsson")
                        .address("Stationsgatan 3", "97231", "LULEÅ")
                        .activitySupport(40, LocalDate.of(2019, 1, 7), LocalDate.of(2019, 6, 28), 680)
                        .build(),
                SimulatedPerson.builder(JOB_PARTICIPANT).name("Johan Jobbsson").address("Torget 1", "85230", "SUNDSVALL")
                        .activitySupport(53, LocalDate.of(2019, 6, 3), LocalDate.of(2020, 8, 28), 365)
                        .jobGuaranteeDays(312, false)
                        .build(),
                SimulatedPerson.builder(CARER).name("Olivia Omsorgsson").address("Ängsvägen 7", "58330", "LINKÖPING")
                        .child(CARER_CHILD, "Nils Omsorgsson")
                        .careAllowance(CARER_CHILD, LocalDate.of(2019, 2, 1), 2)
                        .additionalCostAllowance(LocalDate.of(2020, 1, 1), 40)
                        .build(),
                SimulatedPerson.builder(PENSIONER).name("Gustav Pensionär").address("Hamngatan 2", "37132", "KARLSKRONA")
                        .pension(LocalDate.of(2013, 8, 1), 15800)
                        .pensionEarnings(2019, 4120, 896)
                        .pensionEarnings(2020, 4310, 937)
                        .pensionBalance(2_145_300, 412_800)
                        .build(),
                SimulatedPerson.builder(PROTECTED_IDENTITY).name("Nora Skyddsdotter").protectedIdentity()
                        .sickness(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 10), 540)
                        .build(),
                SimulatedPerson.builder(DECEASED).name("Karl Avlidensson").address("Kyrkvägen 1", "62141", "VISBY")
                        .died(LocalDate.of(2021, 2, 14))
                        .pension(LocalDate.of(2002, 12, 1), 11200)
                        .build(),
                SimulatedPerson.builder(SAMORDNINGSNUMMER).name("Łucja Ñúñez")
                        .address("Box 114", "20122", "MALMÖ")
                        .sickness(LocalDate.of(2020, 10, 5), LocalDate.of(2020, 10, 11), 498)
                        .build());
    }
}
