package se.lefi.client.testkit;

import java.time.LocalDate;
import java.util.List;

/**
 * Describes the persons the tests of version 9's own facts add to a simulator, once with
 * {@link SimulatedPerson.Builder} and once as a persons file, so both forms can be compared.
 */
final class Version9OnlyPersons {

    /** Sjukersättning with steglös avräkning for 2020 (history), 2021 (the present year) and 2022 (not yet). */
    static final String STEPLESS = "197503211232";
    /** A child whose allmänt barnbidrag two parents share. */
    static final String SHARED_CHILD = SyntheticPersons.PARENT_CHILD;
    /** The second parent who shares the barnbidrag. */
    static final String SECOND_PARENT = "198602144563";
    /** A pensioner with two levnadsintyg, updated 2020-02-14 and 2021-03-02. */
    static final String PENSIONER_ABROAD = "194908140017";
    /** A person with a skatteuppgift. */
    static final String TAXED = "198105051232";

    private Version9OnlyPersons() {
    }

    /** Returns the persons built with the builder. */
    static List<SimulatedPerson> built() {
        return List.of(
                SimulatedPerson.builder(STEPLESS).name("Stina Steglös")
                        .steplessSettlement(2020, 118_000, 12_000, 80_000, 150_000)
                        .steplessSettlement(2021, 60_000, 0, 80_000, 152_000)
                        .steplessSettlement(2022, 90_000, 0, 80_000, 152_000)
                        .build(),
                SimulatedPerson.builder(SHARED_CHILD).name("Liam Föräldersson")
                        .sharedChildAllowance(SyntheticPersons.PARENT, "Petra Föräldersson", SECOND_PARENT,
                                "Adam Föräldersson")
                        .build(),
                SimulatedPerson.builder(PENSIONER_ABROAD).name("Ingrid Utlandsson")
                        .lifeCertificate(LocalDate.of(2020, 2, 14), 20, "Levnadsintyg begärt")
                        .lifeCertificate(LocalDate.of(2021, 3, 2), 1)
                        .build(),
                SimulatedPerson.builder(TAXED).name("Tove Skattesson").taxReportingNumber("198105051232").build());
    }

    /** Returns the same persons as a persons file in YAML. */
    static String yaml() {
        return """
                persons:
                  - personnummer: "19750321-1232"
                    name: Stina Steglös
                    steplessSettlement:
                      - {year: 2020, incomeInSweden: 118000, incomeAbroad: 12000, allowance: 80000, yearlyBenefit: 150000}
                      - {year: 2021, incomeInSweden: 60000, allowance: 80000, yearlyBenefit: 152000}
                      - {year: 2022, incomeInSweden: 90000, allowance: 80000, yearlyBenefit: 152000}
                  - personnummer: "20170502-2489"
                    name: Liam Föräldersson
                    childAllowanceRecipient:
                      - personnummer: "19880915-2468"
                        name: Petra Föräldersson
                        sharedWith: {personnummer: "19860214-4563", name: Adam Föräldersson}
                  - personnummer: "19490814-0017"
                    name: Ingrid Utlandsson
                    lifeCertificate:
                      - {lastUpdated: 2020-02-14, status: 20, description: Levnadsintyg begärt}
                      - {lastUpdated: 2021-03-02, status: 1}
                  - personnummer: "19810505-1232"
                    name: Tove Skattesson
                    taxReportingNumber: "198105051232"
                  - personnummer: "20040610-1469"
                    name: Elsa Föräldersson
                    address: {street: Lekvägen 12, postcode: "90325", town: UMEÅ}
                    childAllowanceRecipient:
                      - {personnummer: "19880915-2468", name: Petra Föräldersson, extendedFrom: 2020-07-01, extendedTo: 2021-06-30}
                """;
    }
}
