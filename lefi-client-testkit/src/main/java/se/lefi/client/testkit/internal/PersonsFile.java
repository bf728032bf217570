package se.lefi.client.testkit.internal;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import se.lefi.client.Benefit;
import se.lefi.client.Personnummer;
import se.lefi.client.testkit.NetworkFault;
import se.lefi.client.testkit.SimulatedError;
import se.lefi.client.testkit.SimulatedOrganisation;
import se.lefi.client.testkit.SimulatedPerson;
import se.lefi.client.testkit.UserCategory;

/**
 * Reads persons and organisations for the simulator from a JSON or YAML file (by its ending:
 * {@code .json}, {@code .yaml}, {@code .yml}), so teams outside Java describe their test persons
 * with the same events as {@link SimulatedPerson.Builder}.
 *
 * <p>Every field is checked: an unknown or misspelt one fails with its path, and a personnummer
 * in a message is masked.
 */
public final class PersonsFile {

    private PersonsFile() {
    }

    /**
     * Holds what a file describes.
     *
     * @param defaultPersons whether the built-in persons stay, when the file says
     * @param today the simulator's today, when the file fixes it
     * @param persons the persons
     * @param organisations the querying organisations
     */
    public record Content(Optional<Boolean> defaultPersons, Optional<LocalDate> today, List<SimulatedPerson> persons,
            List<SimulatedOrganisation> organisations) {

        /** Copies the lists. */
        public Content {
            persons = List.copyOf(persons);
            organisations = List.copyOf(organisations);
        }
    }

    /**
     * Reads a file.
     *
     * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
     * @return its content
     * @throws IOException if it cannot be read
     * @throws IllegalArgumentException if its content is wrong, with where and why
     */
    public static Content read(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
        if (!yaml && !name.endsWith(".json")) {
            throw new IllegalArgumentException(file.getFileName() + ": a persons file ends in .json, .yaml or .yml");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, yaml, file.getFileName().toString());
        }
    }

    /**
     * Reads a file's content.
     *
     * @param in the content
     * @param yaml true for YAML, false for JSON
     * @param source the name to put in messages
     * @return the content
     * @throws IOException if it cannot be read
     */
    public static Content read(InputStream in, boolean yaml, String source) throws IOException {
        ObjectMapper mapper = yaml ? new ObjectMapper(new YAMLFactory()) : new ObjectMapper();
        JsonNode root;
        try {
            root = mapper.readTree(in);
        } catch (JacksonException e) {
            // Jackson's message may quote the file's text, which may hold a personnummer.
            throw new IllegalArgumentException(source + ": not valid " + (yaml ? "YAML" : "JSON") + " (line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ")");
        }
        if (root == null || root.isMissingNode()) {
            throw new IllegalArgumentException(source + ": the file is empty");
        }
        return parse(new FileObject(root, source));
    }

    private static Content parse(FileObject root) {
        Optional<Boolean> defaults = root.optFlag("defaultPersons");
        Optional<LocalDate> today = root.optDate("today");
        List<SimulatedOrganisation> organisations = new ArrayList<>();
        for (FileObject o : root.objects("organisations")) {
            organisations.add(organisation(o));
        }
        List<SimulatedPerson> persons = new ArrayList<>();
        for (FileObject p : root.objects("persons")) {
            persons.add(person(p));
        }
        root.finish();
        return new Content(defaults, today, persons, organisations);
    }

    private static SimulatedOrganisation organisation(FileObject o) {
        String number = o.text("organisationsnummer");
        UserCategory category = enumValue(UserCategory.class, o, "category", o.text("category"));
        Optional<List<String>> agreement = o.optTexts("agreement");
        Optional<String> aktorsId = o.optText("aktorsId");
        o.finish();
        try {
            SimulatedOrganisation organisation;
            if (agreement.isEmpty()) {
                organisation = SimulatedOrganisation.seeingEverything(number, category);
            } else {
                Set<Benefit> groups = EnumSet.noneOf(Benefit.class);
                for (String code : agreement.get()) {
                    groups.add(benefit(o, code));
                }
                organisation = new SimulatedOrganisation(number, category, groups);
            }
            return aktorsId.map(id -> new SimulatedOrganisation(organisation.organisationsnummer(),
                    organisation.category(), organisation.agreement(), id)).orElse(organisation);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(o.path() + ": " + e.getMessage(), e);
        }
    }

    private static SimulatedPerson person(FileObject p) {
        String pnr = p.text("personnummer");
        Personnummer parsed;
        try {
            parsed = Personnummer.parse(pnr);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(p.path() + ".personnummer: not a valid personnummer or samordningsnummer");
        }
        // From here on messages name the person by the masked number.
        String where = p.path() + " (" + parsed.masked() + ")";
        try {
            SimulatedPerson.Builder b = SimulatedPerson.builder(parsed.value());
            PersonEvents.apply(p, b);
            p.finish();
            return b.build();
        } catch (IllegalArgumentException e) {
            String message = e.getMessage() == null ? "invalid" : e.getMessage();
            throw new IllegalArgumentException(message.startsWith(p.path())
                    ? where + message.substring(p.path().length()) : where + ": " + message, e);
        }
    }

    static Benefit benefit(FileObject o, String code) {
        Benefit byCode = Benefit.fromCode(code.contains(":") ? code : "FK:" + code);
        if (byCode != Benefit.UNKNOWN) {
            return byCode;
        }
        return enumValue(Benefit.class, o, "agreement", code);
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, FileObject o, String field, String value) {
        try {
            E e = Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
            if (type == Benefit.class && e == Benefit.UNKNOWN) {
                throw new IllegalArgumentException();
            }
            return e;
        } catch (IllegalArgumentException e) {
            throw o.error(field, "unknown value '" + value + "'");
        }
    }

    /** Applies a person's fields to a builder, one event list at a time. */
    static final class PersonEvents {
        private PersonEvents() {
        }

        /**
         * Reads one recipient of the person's barnbidrag: {@code personnummer} and {@code name},
         * with either {@code extendedFrom} and {@code extendedTo} (förlängt barnbidrag) or
         * {@code sharedWith} (a second recipient, {@code personnummer} and {@code name}).
         */
        private static void childAllowanceRecipient(FileObject e, SimulatedPerson.Builder b) {
            String recipient = e.text("personnummer");
            String name = e.text("name");
            Optional<LocalDate> extendedFrom = e.optDate("extendedFrom");
            Optional<LocalDate> extendedTo = e.optDate("extendedTo");
            Optional<FileObject> shared = e.optObject("sharedWith");
            e.finish();
            if (extendedFrom.isPresent() != extendedTo.isPresent()) {
                throw e.error(extendedFrom.isPresent() ? "extendedTo" : "extendedFrom",
                        "is required with " + (extendedFrom.isPresent() ? "extendedFrom" : "extendedTo"));
            }
            if (shared.isPresent()) {
                if (extendedFrom.isPresent()) {
                    throw e.error("sharedWith", "cannot be combined with extendedFrom and extendedTo");
                }
                FileObject other = shared.get();
                String otherNumber = other.text("personnummer");
                String otherName = other.text("name");
                other.finish();
                b.sharedChildAllowance(recipient, name, otherNumber, otherName);
            } else if (extendedFrom.isPresent()) {
                b.childAllowanceRecipient(recipient, name, extendedFrom.get(), extendedTo.get());
            } else {
                b.childAllowanceRecipient(recipient, name);
            }
        }

        static void apply(FileObject p, SimulatedPerson.Builder b) {
            p.optText("name").ifPresent(b::name);
            p.optObject("address").ifPresent(a -> {
                b.address(a.text("street"), a.text("postcode"), a.text("town"));
                a.finish();
            });
            p.optFlag("protectedIdentity").filter(Boolean::booleanValue).ifPresent(x -> b.protectedIdentity());
            p.optDate("died").ifPresent(b::died);
            for (FileObject c : p.objects("children")) {
                b.child(c.text("personnummer"), c.text("name"));
                c.finish();
            }
            for (FileObject e : p.objects("sickness")) {
                LocalDate from = e.date("from");
                LocalDate to = e.date("to");
                int daily = e.integer("dailyAmount");
                LocalDate paid = e.optDate("paymentDate").orElse(to.plusDays(7));
                int utmatning = (int) e.optNumber("utmatning").orElse(0L).longValue();
                e.finish();
                b.sickness(from, to, daily, paid, utmatning);
            }
            for (FileObject e : p.objects("preventiveSickness")) {
                b.preventiveSickness(e.date("from"), e.date("to"), e.integer("dailyAmount"));
                e.finish();
            }
            for (FileObject e : p.objects("karensCompensationAsEmployee")) {
                LocalDate day = e.date("sickDay");
                Optional<LocalDate> paid = e.optDate("paymentDate");
                e.finish();
                if (paid.isPresent()) {
                    b.karensCompensationAsEmployee(day, paid.get());
                } else {
                    b.karensCompensationAsEmployee(day);
                }
            }
            for (FileObject e : p.objects("karensCompensationAsSelfEmployed")) {
                LocalDate first = e.date("firstDay");
                int days = e.integer("days");
                Optional<LocalDate> paid = e.optDate("paymentDate");
                e.finish();
                if (paid.isPresent()) {
                    b.karensCompensationAsSelfEmployed(first, days, paid.get());
                } else {
                    b.karensCompensationAsSelfEmployed(first, days);
                }
            }
            for (FileObject e : p.objects("parentalBenefit")) {
                b.parentalBenefit(e.text("child"), e.date("from"), e.integer("days"), e.integer("dailyAmount"));
                e.finish();
            }
            for (FileObject e : p.objects("temporaryParentalBenefit")) {
                b.temporaryParentalBenefit(e.text("child"), e.date("from"), e.integer("days"), e.integer("dailyAmount"));
                e.finish();
            }
            for (FileObject e : p.objects("activitySupport")) {
                b.activitySupport(e.integer("programme"), e.date("from"), e.optDate("to").orElse(null),
                        e.integer("dailyAmount"));
                e.finish();
            }
            p.optObject("jobGuaranteeDays").ifPresent(e -> {
                b.jobGuaranteeDays(e.integer("used"), e.optFlag("allUsed").orElse(false));
                e.finish();
            });
            for (FileObject e : p.objects("careAllowance")) {
                b.careAllowance(e.text("child"), e.date("from"), e.integer("quarters"));
                e.finish();
            }
            for (FileObject e : p.objects("additionalCostAllowance")) {
                b.additionalCostAllowance(e.date("from"), e.integer("percent"));
                e.finish();
            }
            for (FileObject e : p.objects("pension")) {
                b.pension(e.date("from"), e.integer("monthlyAmount"));
                e.finish();
            }
            for (FileObject e : p.objects("pensionEarnings")) {
                b.pensionEarnings(e.integer("year"), e.integer("incomePensionRight"), e.integer("premiumPensionRight"));
                e.finish();
            }
            p.optObject("pensionBalance").ifPresent(e -> {
                b.pensionBalance(e.number("incomePension"), e.number("premiumPension"));
                e.finish();
            });
            for (FileObject e : p.objects("childAllowance")) {
                b.childAllowance(e.text("child"), e.date("extendedFrom"), e.date("extendedTo"));
                e.finish();
            }
            for (FileObject e : p.objects("childAllowanceRecipient")) {
                childAllowanceRecipient(e, b);
            }
            p.optText("taxReportingNumber").ifPresent(b::taxReportingNumber);
            for (FileObject e : p.objects("steplessSettlement")) {
                b.steplessSettlement(e.integer("year"), e.integer("incomeInSweden"),
                        e.optInteger("incomeAbroad", 0), e.integer("allowance"),
                        e.integer("yearlyBenefit"));
                e.finish();
            }
            for (FileObject e : p.objects("lifeCertificate")) {
                LocalDate updated = e.date("lastUpdated");
                int status = e.integer("status");
                String description = e.optText("description").orElseGet(() -> Facts.lifeCertificateText(status));
                e.finish();
                b.lifeCertificate(updated, status, description);
            }
            p.optDuration("delay").ifPresent(b::delay);
            p.optText("networkFault").ifPresent(f -> b.networkFault(enumValue(NetworkFault.class, p, "networkFault", f)));
            p.optObject("error").ifPresent(e -> {
                String feltyp = e.text("feltyp");
                String felkod = e.text("felkod");
                String text = e.optText("felmeddelande").orElse("Simulerat fel.");
                boolean timestamp = e.optFlag("withTimestamp").orElse(true);
                e.finish();
                b.error(new SimulatedError(feltyp, felkod, text, timestamp));
            });
        }
    }
}
