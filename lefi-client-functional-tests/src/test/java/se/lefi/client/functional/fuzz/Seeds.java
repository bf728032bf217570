package se.lefi.client.functional.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.lefi.client.Benefit;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiException;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.testkit.LefiOnlineSimulator;
import se.lefi.client.testkit.SimulatedError;
import se.lefi.client.testkit.SimulatedPerson;
import se.lefi.client.testkit.SyntheticPersons;

/**
 * Collects the valid answers of each version that the fuzzer mutates: the contract's samples and
 * what the test kit's simulator answers about its synthetic persons, small and large, plus faults.
 */
final class Seeds {

    /** The simulator's today, fixed so that the seeds never change. */
    static final LocalDate TODAY = LocalDate.of(2021, 5, 20);
    /** A synthetic person with years of sickness, parental benefit and pension: a large answer. */
    static final String LARGE_PERSON = "196203142382";

    private static final Pattern PERSONNUMMER = Pattern.compile("<personnummer>(\\d{12})</personnummer>");
    private static final Personnummer FAULT_PERSON = Personnummer.parse(SyntheticPersons.UNKNOWN_PERSON);
    private static final List<String> SIMULATED_PERSONS = List.of(SyntheticPersons.SICK_EMPLOYEE,
            SyntheticPersons.SELF_EMPLOYED, SyntheticPersons.PARENT, SyntheticPersons.PROGRAMME_PARTICIPANT,
            SyntheticPersons.JOB_PARTICIPANT, SyntheticPersons.CARER, SyntheticPersons.PENSIONER,
            SyntheticPersons.PROTECTED_IDENTITY, SyntheticPersons.DECEASED, SyntheticPersons.SAMORDNINGSNUMMER,
            SyntheticPersons.UNKNOWN_PERSON, LARGE_PERSON);

    private Seeds() {
    }

    /**
     * Returns the seeds of every version, samples first.
     *
     * @return the seeds
     */
    static List<Seed> all() {
        List<Seed> seeds = new ArrayList<>(samples());
        seeds.addAll(simulated());
        return seeds;
    }

    private static List<Seed> samples() {
        List<Seed> seeds = new ArrayList<>();
        for (String answer : List.of("02-svar", "04-svar-karensersattning")) {
            seeds.add(sample(LefiVersion.V5_0, answer, 200));
            seeds.add(sample(LefiVersion.V5_1, answer, 200));
        }
        for (String fault : List.of("05-fel-verksamhetsfel", "06-fel-tekniskt-fel", "07-fel-applikationsfel")) {
            seeds.add(sample(LefiVersion.V5_0, fault, 500));
            seeds.add(sample(LefiVersion.V5_1, fault, 500));
        }
        seeds.add(sample(LefiVersion.V5_0, "09-pingsvar", 200));
        seeds.add(sample(LefiVersion.V5_1, "09-pingsvar", 200));
        for (String answer : List.of("02-svar", "04-svar-karensersattning", "06-svar-preliminara-utbetalningar",
                "07-svar-preliminara-fore-rattning")) {
            seeds.add(sample(LefiVersion.V6_0, answer, 200));
        }
        for (String fault : List.of("08-fel-verksamhetsfel", "09-fel-tekniskt-fel", "10-fel-applikationsfel")) {
            seeds.add(sample(LefiVersion.V6_0, fault, 500));
        }
        seeds.add(sample(LefiVersion.V6_0, "12-pingsvar", 200));
        return seeds;
    }

    private static Seed sample(LefiVersion version, String file, int status) {
        String name = "/samples/" + version.wireValue() + "/" + file + ".xml";
        String text;
        try (InputStream in = Seeds.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no sample " + name);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher person = PERSONNUMMER.matcher(text);
        Personnummer queried = person.find() ? Personnummer.parse(person.group(1)) : FAULT_PERSON;
        return Seed.of("sample " + name, version, file.contains("pingsvar"), status, text, queried);
    }

    private static List<Seed> simulated() {
        List<Seed> seeds = new ArrayList<>();
        try (LefiOnlineSimulator simulator = LefiOnlineSimulator.builder().today(TODAY).person(largePerson()).start()) {
            for (LefiVersion version : List.of(LefiVersion.V5_0, LefiVersion.V5_1, LefiVersion.V6_0)) {
                RecordingTransport recorder = new RecordingTransport();
                try (LefiClient client = simulator.clientBuilder(version).transport(recorder).maxAttempts(1).build()) {
                    for (String person : SIMULATED_PERSONS) {
                        seeds.add(query(client, recorder, version, person, "simulator " + person));
                    }
                    simulator.error(SimulatedError.technical("TJANSTEN_EJ_TILLGANGLIG"));
                    seeds.add(query(client, recorder, version, SyntheticPersons.PARENT, "simulator technical error"));
                    simulator.clearDisturbances();
                    client.ping();
                    RecordingTransport.Recorded ping = recorder.last();
                    seeds.add(Seed.of("simulator ping " + version, version, true, ping.status(),
                            new String(ping.body(), StandardCharsets.UTF_8), FAULT_PERSON));
                }
            }
        }
        return seeds;
    }

    private static Seed query(LefiClient client, RecordingTransport recorder, LefiVersion version, String person,
            String name) {
        Personnummer pnr = Personnummer.parse(person);
        try {
            var query = client.query(pnr).period(LocalDate.of(2012, 1, 1), TODAY.plusMonths(6))
                    .benefits(groups(version)).payments(groups(version));
            if (version.compareTo(LefiVersion.V6_0) >= 0) {
                query.preliminaryPayments(Arrays.stream(Benefit.values()).filter(Benefit::hasPreliminaryPayments)
                        .toArray(Benefit[]::new));
            }
            query.fetch();
        } catch (LefiException expected) {
            // A fault is a seed as good as an answer.
        }
        RecordingTransport.Recorded answer = recorder.last();
        return Seed.of(name + " " + version, version, false, answer.status(),
                new String(answer.body(), StandardCharsets.UTF_8), pnr);
    }

    private static Benefit[] groups(LefiVersion version) {
        return Arrays.stream(Benefit.values())
                .filter(b -> b != Benefit.UNKNOWN && !b.onlyInVersion9())
                .filter(b -> version.compareTo(LefiVersion.V6_0) >= 0 || b != Benefit.JOBB_OCH_UTVECKLINGSGARANTI)
                .toArray(Benefit[]::new);
    }

    private static SimulatedPerson largePerson() {
        SimulatedPerson.Builder b = SimulatedPerson.builder(LARGE_PERSON).name("Lars Långsvar")
                .address("Långgatan 100", "11122", "STOCKHOLM")
                .child("201204052383", "Lova Långsvar")
                .pension(LocalDate.of(2014, 1, 1), 9400);
        for (int i = 0; i < 20; i++) {
            LocalDate from = LocalDate.of(2013, 1, 7).plusWeeks(7L * i);
            b.sickness(from, from.plusDays(13), 500 + i);
        }
        for (int i = 0; i < 4; i++) {
            b.parentalBenefit("201204052383", LocalDate.of(2013, 3, 4).plusMonths(4L * i), 5, 800);
        }
        return b.build();
    }
}
