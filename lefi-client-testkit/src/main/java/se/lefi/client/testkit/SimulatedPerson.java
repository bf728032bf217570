package se.lefi.client.testkit;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.lefi.client.Personnummer;
import se.lefi.client.testkit.internal.Fact;
import se.lefi.client.testkit.internal.Facts;
import se.lefi.client.testkit.internal.PaymentSpec;
import se.lefi.client.testkit.internal.Relative;

/**
 * Describes one synthetic person the simulator knows, with the benefits and payments the
 * simulated LEFI Online answers about, built from domain events rather than XML.
 *
 * <p>Amounts follow the service's rules: tax is 30 % rounded down to whole kronor, the
 * karensavdrag is 20 % of a week's sjukpenning spread over the first days, ersättning för karens
 * is 700 kr for an employee and 804 kr a day for a self-employed person. The simulator writes each
 * fact in the shape of the contract version asked.
 *
 * <pre>{@code
 * SimulatedPerson person = SimulatedPerson.builder("19900101-0017")
 *         .name("Test Testsson")
 *         .karensCompensationAsEmployee(LocalDate.of(2020, 3, 16))
 *         .sickness(LocalDate.of(2021, 2, 1), LocalDate.of(2021, 2, 14), 612)
 *         .build();
 * simulator.add(person);
 * }</pre>
 */
public final class SimulatedPerson {

    /** Ersättning för karens is paid for sick days from this day on. */
    public static final LocalDate KARENS_COMPENSATION_SICK_DAYS_FROM = LocalDate.of(2020, 3, 11);
    /** Ersättning för karens is paid from this day on. */
    public static final LocalDate KARENS_COMPENSATION_PAID_FROM = LocalDate.of(2020, 4, 7);
    /** Ersättning för karens for an employee: 700 kr for one day. */
    public static final BigDecimal KARENS_COMPENSATION_EMPLOYEE = new BigDecimal("700");
    /** Ersättning för karens for a self-employed person: 804 kr a day. */
    public static final BigDecimal KARENS_COMPENSATION_SELF_EMPLOYED_PER_DAY = new BigDecimal("804");
    /** Ersättning för karens for a self-employed person covers at most 14 days. */
    public static final int KARENS_COMPENSATION_MAX_DAYS = 14;

    private final Personnummer personnummer;
    private final String name;
    private final boolean protectedIdentity;
    private final LocalDate died;
    private final String street;
    private final String postcode;
    private final String town;
    private final List<Relative> children;
    private final List<Fact> facts;
    private final Duration delay;
    private final NetworkFault networkFault;
    private final SimulatedError error;

    private SimulatedPerson(Builder b, List<Fact> facts) {
        this.personnummer = b.personnummer;
        this.name = b.name;
        this.protectedIdentity = b.protectedIdentity;
        this.died = b.died;
        this.street = b.street;
        this.postcode = b.postcode;
        this.town = b.town;
        this.children = List.copyOf(b.children);
        this.facts = List.copyOf(facts);
        this.delay = b.delay;
        this.networkFault = b.networkFault;
        this.error = b.error;
    }

    /**
     * Starts a person with the given personnummer or samordningsnummer.
     *
     * @param personnummer 10 or 12 digits with a correct check digit
     * @return a builder
     * @throws IllegalArgumentException for an invalid number
     */
    public static Builder builder(String personnummer) {
        return new Builder(Personnummer.parse(personnummer));
    }

    /** Returns the person's number. */
    public Personnummer personnummer() {
        return personnummer;
    }

    /** Returns the person's names as the service delivers them. */
    public String name() {
        return name;
    }

    /** Tells whether the person has a protected identity (no addresses are answered). */
    public boolean protectedIdentity() {
        return protectedIdentity;
    }

    /** Returns the date of death, when the person has died. */
    public Optional<LocalDate> died() {
        return Optional.ofNullable(died);
    }

    List<Relative> children() {
        return children;
    }

    List<Fact> facts() {
        return facts;
    }

    String street() {
        return street;
    }

    String postcode() {
        return postcode;
    }

    String town() {
        return town;
    }

    Duration delay() {
        return delay;
    }

    NetworkFault networkFault() {
        return networkFault;
    }

    SimulatedError error() {
        return error;
    }

    /** Masks the personnummer and leaves out the name. */
    @Override
    public String toString() {
        return "SimulatedPerson[" + personnummer.masked() + ", facts=" + facts.size() + "]";
    }

    /**
     * Builds a {@link SimulatedPerson}; every method adds to what the person has.
     *
     * <pre>{@code
     * SimulatedPerson.builder("19880915-2468").name("Petra Föräldersson")
     *         .child("20170502-2489", "Liam Föräldersson")
     *         .parentalBenefit("20170502-2489", LocalDate.of(2020, 5, 18), 5, 843)
     *         .build();
     * }</pre>
     */
    public static final class Builder {
        private final Personnummer personnummer;
        private String name = "Test Testsson";
        private boolean protectedIdentity;
        private LocalDate died;
        private String street = "Provgatan 1";
        private String postcode = "11122";
        private String town = "STOCKHOLM";
        private final List<Relative> children = new ArrayList<>();
        private final List<Fact> facts = new ArrayList<>();
        private final List<Pension> pensions = new ArrayList<>();
        private Duration delay;
        private NetworkFault networkFault;
        private SimulatedError error;

        private record Pension(LocalDate from, int monthly) {
        }

        private Builder(Personnummer personnummer) {
            this.personnummer = personnummer;
        }

        /** Sets all names as one string, in Unicode, exactly as the service will deliver them. */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /** Sets the folkbokföring address. */
        public Builder address(String street, String postcode, String town) {
            this.street = Objects.requireNonNull(street, "street");
            this.postcode = Objects.requireNonNull(postcode, "postcode");
            this.town = Objects.requireNonNull(town, "town");
            return this;
        }

        /** Gives the person a protected identity: the name stays, addresses are left out. */
        public Builder protectedIdentity() {
            this.protectedIdentity = true;
            return this;
        }

        /** Records the person's death. */
        public Builder died(LocalDate date) {
            this.died = Objects.requireNonNull(date, "date");
            return this;
        }

        /**
         * Adds a child, referred to by personnummer in the benefit methods.
         *
         * @param personnummer the child's number
         * @param name the child's names
         * @return this builder
         */
        public Builder child(String personnummer, String name) {
            Personnummer pnr = Personnummer.parse(personnummer);
            children.add(new Relative(pnr.value(), pnr.birthDate(), Objects.requireNonNull(name, "name")));
            return this;
        }

        /**
         * Adds a sickness spell paid with sjukpenning for every calendar day, with the karensavdrag
         * and a payment a week after the last day. A payment after the simulator's today is a
         * preliminary payment in 6.0.
         *
         * @param from the first sick day
         * @param to the last sick day
         * @param dailyAmount sjukpenning per day in kronor
         * @return this builder
         */
        public Builder sickness(LocalDate from, LocalDate to, int dailyAmount) {
            return sickness(from, to, dailyAmount, to.plusDays(7), 0);
        }

        /**
         * Adds a sickness spell with an explicit payment date and an utmätning (distraint,
         * beloppstyp {@code INF}) withheld from the payment.
         *
         * @param from the first sick day
         * @param to the last sick day
         * @param dailyAmount sjukpenning per day in kronor
         * @param paymentDate the payment date
         * @param utmatning kronor withheld for Kronofogden, 0 for none
         * @return this builder
         */
        public Builder sickness(LocalDate from, LocalDate to, int dailyAmount, LocalDate paymentDate, int utmatning) {
            requirePeriod(from, to);
            positive(dailyAmount, "dailyAmount");
            List<PaymentSpec.Row> deductions = utmatning > 0
                    ? List.of(PaymentSpec.deduction("SJP", "INF", "Utmätning", BigDecimal.valueOf(utmatning)))
                    : List.of();
            facts.add(Facts.sickness(from, to, BigDecimal.valueOf(dailyAmount), to.plusDays(2), paymentDate, true,
                    deductions));
            return this;
        }

        /**
         * Adds förebyggande sjukpenning (preventive sickness benefit, FK:FSJP) for every weekday
         * from {@code from} to {@code to}, without karensavdrag, paid a week after the last day (a
         * payment after the simulator's today is preliminary). Only version 9 has a list for it;
         * the SOAP versions deliver nothing of it.
         *
         * @param from the first day of treatment
         * @param to the last day of treatment
         * @param dailyAmount förebyggande sjukpenning per day in kronor
         * @return this builder
         */
        public Builder preventiveSickness(LocalDate from, LocalDate to, int dailyAmount) {
            requirePeriod(from, to);
            positive(dailyAmount, "dailyAmount");
            if (from.datesUntil(to.plusDays(1)).allMatch(d -> d.getDayOfWeek().getValue() > 5)) {
                throw new IllegalArgumentException("a preventive sickness needs at least one weekday");
            }
            facts.add(Facts.preventiveSickness(from, to, BigDecimal.valueOf(dailyAmount), from.minusDays(7),
                    to.plusDays(7)));
            return this;
        }

        /**
         * Adds an ersättning för karens for an employee with sick pay: 700 kr for one day, paid
         * two weeks after the sick day but not before 2020-04-07.
         *
         * @param sickDay the day of the karensavdrag, from 2020-03-11
         * @return this builder
         */
        public Builder karensCompensationAsEmployee(LocalDate sickDay) {
            return karensCompensationAsEmployee(sickDay, latest(sickDay.plusDays(14), KARENS_COMPENSATION_PAID_FROM));
        }

        /**
         * Adds an ersättning för karens for an employee with an explicit payment date.
         *
         * @param sickDay the day of the karensavdrag, from 2020-03-11
         * @param paymentDate from 2020-04-07 and after the sick day
         * @return this builder
         */
        public Builder karensCompensationAsEmployee(LocalDate sickDay, LocalDate paymentDate) {
            checkKarens(sickDay, sickDay, paymentDate);
            facts.add(Facts.karensCompensation(sickDay, 1, KARENS_COMPENSATION_EMPLOYEE, paymentDate));
            return this;
        }

        /**
         * Adds an ersättning för karens for a self-employed person: 804 kr a day for up to 14
         * days, paid two weeks after the last day but not before 2020-04-07.
         *
         * @param firstDay the first sick day, from 2020-03-11
         * @param days 1 to 14
         * @return this builder
         */
        public Builder karensCompensationAsSelfEmployed(LocalDate firstDay, int days) {
            LocalDate last = firstDay.plusDays(Math.max(days, 1) - 1L);
            return karensCompensationAsSelfEmployed(firstDay, days, latest(last.plusDays(14),
                    KARENS_COMPENSATION_PAID_FROM));
        }

        /**
         * Adds an ersättning för karens for a self-employed person with an explicit payment date.
         *
         * @param firstDay the first sick day, from 2020-03-11
         * @param days 1 to 14
         * @param paymentDate from 2020-04-07 and after the last day
         * @return this builder
         */
        public Builder karensCompensationAsSelfEmployed(LocalDate firstDay, int days, LocalDate paymentDate) {
            if (days < 1 || days > KARENS_COMPENSATION_MAX_DAYS) {
                throw new IllegalArgumentException("ersättning för karens covers 1 to 14 days for a self-employed person");
            }
            checkKarens(firstDay, firstDay.plusDays(days - 1L), paymentDate);
            facts.add(Facts.karensCompensation(firstDay, days, KARENS_COMPENSATION_SELF_EMPLOYED_PER_DAY, paymentDate));
            return this;
        }

        /**
         * Adds föräldrapenning at sjukpenningnivå for consecutive days, paid five days after the
         * last (a preliminary payment in 6.0 while that lies after the simulator's today).
         *
         * @param childPersonnummer a child added with {@link #child}
         * @param from the first day
         * @param days the number of days
         * @param dailyAmount kronor a day
         * @return this builder
         */
        public Builder parentalBenefit(String childPersonnummer, LocalDate from, int days, int dailyAmount) {
            positive(days, "days");
            positive(dailyAmount, "dailyAmount");
            Relative child = child(childPersonnummer);
            LocalDate to = from.plusDays(days - 1L);
            facts.add(Facts.parentalBenefit(child, child.born().plusDays(14), from, days, BigDecimal.valueOf(dailyAmount),
                    from.minusDays(7), to.plusDays(5), true));
            return this;
        }

        /**
         * Adds tillfällig föräldrapenning (care of a sick child) with assessed days, paid two
         * weeks after the last day.
         *
         * @param childPersonnummer a child added with {@link #child}
         * @param from the first day
         * @param days the number of days
         * @param dailyAmount kronor a day
         * @return this builder
         */
        public Builder temporaryParentalBenefit(String childPersonnummer, LocalDate from, int days, int dailyAmount) {
            positive(days, "days");
            positive(dailyAmount, "dailyAmount");
            LocalDate to = from.plusDays(days - 1L);
            facts.add(Facts.temporaryParentalBenefit(child(childPersonnummer), from, days,
                    BigDecimal.valueOf(dailyAmount), to.plusDays(3), to.plusDays(14), true));
            return this;
        }

        /**
         * Adds aktivitetsstöd in a labour-market programme, paid monthly for the weekdays; the
         * simulator answers it in the 5.0 shape (åtgärdstyp in the aktivitetsstöd case) or the
         * 5.1/6.0 shape (programanvisning and programersättning days) as the version asks.
         *
         * @param programme the programme code, e.g. 40 Arbetspraktik or 53 Jobb- och utvecklingsgaranti
         * @param from the first day
         * @param to the last day, or null while the programme goes on
         * @param dailyAmount kronor a day
         * @return this builder
         */
        public Builder activitySupport(int programme, LocalDate from, LocalDate to, int dailyAmount) {
            if (to != null) {
                requirePeriod(from, to);
            }
            positive(dailyAmount, "dailyAmount");
            facts.add(Facts.activitySupport(programme, from, to, BigDecimal.valueOf(dailyAmount)));
            return this;
        }

        /**
         * Adds the days used in the jobb- och utvecklingsgaranti (answered only in 6.0).
         *
         * @param used days used
         * @param allUsed whether every day is used
         * @return this builder
         */
        public Builder jobGuaranteeDays(int used, boolean allUsed) {
            facts.add(Facts.jobDays(used, allUsed));
            return this;
        }

        /**
         * Adds omvårdnadsbidrag for a child, paid monthly from the given month on.
         *
         * @param childPersonnummer a child added with {@link #child}
         * @param from the first day
         * @param quarters the level in quarters (1 to 4)
         * @return this builder
         */
        public Builder careAllowance(String childPersonnummer, LocalDate from, int quarters) {
            if (quarters < 1 || quarters > 4) {
                throw new IllegalArgumentException("the omvårdnadsbidrag level is 1 to 4 quarters");
            }
            facts.add(Facts.careAllowance(child(childPersonnummer), from, quarters, from.minusDays(10)));
            return this;
        }

        /**
         * Adds merkostnadsersättning, tax-free, paid monthly from the given month on.
         *
         * @param from the first day
         * @param percent the level: 30, 40, 50, 60 or 70 % of the prisbasbelopp
         * @return this builder
         */
        public Builder additionalCostAllowance(LocalDate from, int percent) {
            if (percent < 30 || percent > 70 || percent % 10 != 0) {
                throw new IllegalArgumentException("the merkostnadsersättning level is 30, 40, 50, 60 or 70");
            }
            facts.add(Facts.additionalCostAllowance(from, percent, from.minusDays(20)));
            return this;
        }

        /**
         * Adds allmän pension paid monthly by Pensionsmyndigheten until the month of death: in the SOAP
         * versions as Försäkringskassan's pension case and payments (FK:AP, foretag 1003), in version 9
         * also as Pensionsmyndigheten's own claim, decision and payments (PM:AP).
         *
         * @param from the first day
         * @param monthlyAmount kronor a month
         * @return this builder
         */
        public Builder pension(LocalDate from, int monthlyAmount) {
            positive(monthlyAmount, "monthlyAmount");
            // The fact is made in build(), when the date of death (which ends the payments) is known.
            pensions.add(new Pension(from, monthlyAmount));
            return this;
        }

        /**
         * Adds one year's pension earnings (intjänande; in version 9 also Pensionsmyndigheten's
         * pensionsunderlag, PM:PU, with the pensionsgrundande inkomst that gives the inkomstpensionsrätt).
         *
         * @param year the earning year
         * @param incomePensionRight inkomstpensionsrätt in kronor
         * @param premiumPensionRight premiepensionsrätt in kronor
         * @return this builder
         */
        public Builder pensionEarnings(int year, int incomePensionRight, int premiumPensionRight) {
            facts.add(Facts.pensionEarnings(year, BigDecimal.valueOf(incomePensionRight),
                    BigDecimal.valueOf(premiumPensionRight)));
            return this;
        }

        /**
         * Sets the pension balances (intjänandebehållning; in version 9 also Pensionsmyndigheten's
         * pensionsbehållning, PM:PBH, with an inkomstpension and a premiepension account).
         *
         * @param incomePension the inkomstpension balance in kronor
         * @param premiumPension the premiepension balance in kronor
         * @return this builder
         */
        public Builder pensionBalance(long incomePension, long premiumPension) {
            facts.add(Facts.pensionBalance(BigDecimal.valueOf(incomePension), BigDecimal.valueOf(premiumPension)));
            return this;
        }

        /**
         * Adds barnbidrag for a child from its birth, and förlängt barnbidrag (delförmån FBB)
         * while it studies at compulsory-school level after 16.
         *
         * @param childPersonnummer a child added with {@link #child}
         * @param extendedFrom the first day of förlängt barnbidrag
         * @param extendedTo its last day
         * @return this builder
         */
        public Builder childAllowance(String childPersonnummer, LocalDate extendedFrom, LocalDate extendedTo) {
            requirePeriod(extendedFrom, extendedTo);
            Relative child = child(childPersonnummer);
            facts.add(Facts.childAllowance(child, firstDayOfChildAllowance(child.born()), extendedFrom, extendedTo));
            return this;
        }

        /**
         * Adds the allmänt barnbidrag paid for this person as a child to one recipient, seen from
         * the child (FK:MABB, mottagare av barnbidrag): from the month after birth to the end of
         * the quarter the person turns 16, 1 250 kr a month. Only version 9 has the list
         * ({@code mottagareavbarnbidrag}: one case naming the recipient, its decision saying who is
         * paid); the SOAP versions deliver nothing of it.
         *
         * <pre>{@code
         * SimulatedPerson.builder("20170502-2489").name("Liam Föräldersson")
         *         .childAllowanceRecipient("19880915-2468", "Petra Föräldersson")
         *         .build();
         * }</pre>
         *
         * @param recipientPersonnummer the recipient's number (a parent)
         * @param recipientName the recipient's names
         * @return this builder
         */
        public Builder childAllowanceRecipient(String recipientPersonnummer, String recipientName) {
            facts.add(Facts.childAllowanceRecipients(List.of(recipient(recipientPersonnummer, recipientName)),
                    firstDayOfChildAllowance(), lastDayOfQuarterTurning16(), null, null));
            return this;
        }

        /**
         * Adds the barnbidrag paid for this person as a child to one recipient, with förlängt
         * barnbidrag (delförmån FBB) after allmänt barnbidrag while the person still goes to
         * school: a second decision, whose period only försäkringsbolag, kommuner,
         * Kronofogdemyndigheten and Pensionsmyndigheten see (version 9 only, FK:MABB).
         *
         * <pre>{@code
         * SimulatedPerson.builder("20040610-1469").name("Elsa Föräldersson")
         *         .childAllowanceRecipient("19880915-2468", "Petra Föräldersson",
         *                 LocalDate.of(2020, 7, 1), LocalDate.of(2021, 6, 30))
         *         .build();
         * }</pre>
         *
         * @param recipientPersonnummer the recipient's number (a parent)
         * @param recipientName the recipient's names
         * @param extendedFrom the first day of förlängt barnbidrag: the day after the quarter the
         *     person turns 16
         * @param extendedTo its last day
         * @return this builder
         * @throws IllegalArgumentException when {@code extendedFrom} is not the day after that quarter
         */
        public Builder childAllowanceRecipient(String recipientPersonnummer, String recipientName,
                LocalDate extendedFrom, LocalDate extendedTo) {
            requirePeriod(extendedFrom, extendedTo);
            LocalDate ordinaryTo = lastDayOfQuarterTurning16();
            if (!extendedFrom.equals(ordinaryTo.plusDays(1))) {
                throw new IllegalArgumentException("förlängt barnbidrag starts the day after the quarter the child"
                        + " turns 16 (" + ordinaryTo.plusDays(1) + ")");
            }
            facts.add(Facts.childAllowanceRecipients(List.of(recipient(recipientPersonnummer, recipientName)),
                    firstDayOfChildAllowance(), ordinaryTo, extendedFrom, extendedTo));
            return this;
        }

        /**
         * Adds the allmänt barnbidrag paid for this person as a child, shared in halves by two
         * recipients (625 kr a month each): one {@code mottagareavbarnbidrag} case per recipient,
         * each marked as one of two and naming both as paid (version 9 only, FK:MABB).
         *
         * <pre>{@code
         * SimulatedPerson.builder("20170502-2489")
         *         .sharedChildAllowance("19880915-2468", "Petra Föräldersson",
         *                 "19860214-4563", "Adam Föräldersson")
         *         .build();
         * }</pre>
         *
         * @param firstPersonnummer the first recipient's number
         * @param firstName the first recipient's names
         * @param secondPersonnummer the second recipient's number
         * @param secondName the second recipient's names
         * @return this builder
         */
        public Builder sharedChildAllowance(String firstPersonnummer, String firstName, String secondPersonnummer,
                String secondName) {
            Relative first = recipient(firstPersonnummer, firstName);
            Relative second = recipient(secondPersonnummer, secondName);
            if (first.personnummer().equals(second.personnummer())) {
                throw new IllegalArgumentException("the two recipients of a shared barnbidrag are different persons");
            }
            facts.add(Facts.childAllowanceRecipients(List.of(first, second),
                    firstDayOfChildAllowance(), lastDayOfQuarterTurning16(), null, null));
            return this;
        }

        /**
         * Sets the skatteuppgift (FK:SKUP, other information only in version 9): its
         * skatteredovisningsnummer, delivered as given (the contract says nothing of its form)
         * whatever the period; the SOAP versions deliver nothing of it.
         *
         * <pre>{@code
         * SimulatedPerson.builder("19850412-2386").taxReportingNumber("198504122386").build();
         * }</pre>
         *
         * @param skatteredovisningsnummer the number, 1 to 40 characters without control characters
         * @return this builder
         */
        public Builder taxReportingNumber(String skatteredovisningsnummer) {
            Objects.requireNonNull(skatteredovisningsnummer, "skatteredovisningsnummer");
            String number = skatteredovisningsnummer.trim();
            if (number.isEmpty() || number.length() > 40 || number.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("a skatteredovisningsnummer has 1 to 40 characters without control"
                        + " characters");
            }
            facts.add(Facts.taxReporting(number));
            return this;
        }

        /**
         * Adds one year's steglös avräkning of sjukersättning or aktivitetsersättning (version 9
         * only, asked for with FK:SA): the income above the fribelopp (mellanskillnad) reduces the
         * year's ersättning by half of it, in whole kronor. The simulator's own year comes in
         * {@code sjukOchAktivitetsersattningSteglosAvrakningNulage} (the reduction made in the
         * payments, {@code utbetalning}); an earlier year in {@code ...Historik}, settled after the
         * year, with the reduction reclaimed ({@code aterkrav}); a later year not at all. The
         * simulator has no SA case or payments; the SOAP versions deliver nothing of it.
         *
         * <pre>{@code
         * SimulatedPerson.builder("19750321-1232")
         *         .steplessSettlement(2020, 118_000, 0, 80_000, 150_000)   // mellanskillnad 38 000, 19 000 reclaimed
         *         .build();
         * }</pre>
         *
         * @param year the settled year (four digits)
         * @param incomeInSweden the year's income in Sweden in kronor, 0 or more
         * @param incomeAbroad the year's income in other countries in kronor, 0 or more
         * @param allowance the fribelopp in kronor
         * @param yearlyBenefit the year's ersättning before the settlement in kronor
         * @return this builder
         */
        public Builder steplessSettlement(int year, int incomeInSweden, int incomeAbroad, int allowance,
                int yearlyBenefit) {
            if (year < 1000 || year > 9999) {
                throw new IllegalArgumentException("the year of a steglös avräkning has four digits");
            }
            if (incomeInSweden < 0 || incomeAbroad < 0) {
                throw new IllegalArgumentException("an income must not be negative");
            }
            positive(allowance, "allowance");
            positive(yearlyBenefit, "yearlyBenefit");
            facts.add(Facts.steplessSettlement(year, BigDecimal.valueOf(incomeInSweden), BigDecimal.valueOf(incomeAbroad),
                    BigDecimal.valueOf(allowance), BigDecimal.valueOf(yearlyBenefit)));
            return this;
        }

        /**
         * Adds Pensionsmyndigheten's levnadsintyg (PM:LINT, other information only in version
         * 9) with the status described as {@code "Levnadsintygsstatus <code>"}: the contract lists
         * the codes but publishes no meanings. Delivered when {@code lastUpdated} lies in the
         * asked period and is not after the simulator's today; the SOAP versions deliver nothing.
         *
         * <pre>{@code
         * SimulatedPerson.builder("19480702-1375").lifeCertificate(LocalDate.of(2021, 3, 2), 1).build();
         * }</pre>
         *
         * @param lastUpdated the day the levnadsintyg was last updated
         * @param status 0 to 5, 7 to 10 or 20 to 25
         * @return this builder
         */
        public Builder lifeCertificate(LocalDate lastUpdated, int status) {
            return lifeCertificate(lastUpdated, status, Facts.lifeCertificateText(status));
        }

        /**
         * Adds Pensionsmyndigheten's levnadsintyg (PM:LINT) with a description of its status of
         * your choosing, for code that shows it.
         *
         * <pre>{@code
         * SimulatedPerson.builder("19480702-1375")
         *         .lifeCertificate(LocalDate.of(2021, 3, 2), 1, "Levnadsintyg inkommet")
         *         .build();
         * }</pre>
         *
         * @param lastUpdated the day the levnadsintyg was last updated
         * @param status 0 to 5, 7 to 10 or 20 to 25
         * @param description the status's description, not blank
         * @return this builder
         */
        public Builder lifeCertificate(LocalDate lastUpdated, int status, String description) {
            Objects.requireNonNull(lastUpdated, "lastUpdated");
            Objects.requireNonNull(description, "description");
            if (!Facts.LIFE_CERTIFICATE_STATUSES.contains(status)) {
                throw new IllegalArgumentException("the status of a levnadsintyg is 0 to 5, 7 to 10 or 20 to 25, not "
                        + status);
            }
            if (description.isBlank()) {
                throw new IllegalArgumentException("description must not be blank");
            }
            facts.add(Facts.lifeCertificate(lastUpdated, status, description));
            return this;
        }

        /** Delays every answer about this person by the given time (latency injection). */
        public Builder delay(Duration delay) {
            Objects.requireNonNull(delay, "delay");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("delay must not be negative");
            }
            this.delay = delay;
            return this;
        }

        /** Breaks the connection instead of answering about this person. */
        public Builder networkFault(NetworkFault fault) {
            this.networkFault = Objects.requireNonNull(fault, "fault");
            return this;
        }

        /** Answers every query about this person with the given SOAP fault. */
        public Builder error(SimulatedError error) {
            this.error = Objects.requireNonNull(error, "error");
            return this;
        }

        /** Builds the person. */
        public SimulatedPerson build() {
            List<Fact> all = new ArrayList<>(facts);
            for (Pension p : pensions) {
                all.add(Facts.pension(p.from(), BigDecimal.valueOf(p.monthly()), p.from().minusMonths(2), died));
                all.add(Facts.pensionFromPensionsmyndigheten(p.from(), BigDecimal.valueOf(p.monthly()),
                        p.from().minusMonths(2), died));
            }
            return new SimulatedPerson(this, all);
        }

        private Relative recipient(String recipientPersonnummer, String recipientName) {
            Personnummer pnr = Personnummer.parse(recipientPersonnummer);
            if (pnr.equals(personnummer)) {
                throw new IllegalArgumentException("a child does not receive its own barnbidrag");
            }
            return new Relative(pnr.value(), pnr.birthDate(), Objects.requireNonNull(recipientName, "recipientName"));
        }

        /** Returns the first day of barnbidrag for this person. */
        private LocalDate firstDayOfChildAllowance() {
            return firstDayOfChildAllowance(personnummer.birthDate());
        }

        /** Returns the first day of barnbidrag for a child born on the day: the first of the month after. */
        private static LocalDate firstDayOfChildAllowance(LocalDate born) {
            return born.withDayOfMonth(1).plusMonths(1);
        }

        /** Returns the last day of allmänt barnbidrag: the end of the quarter this person turns 16. */
        private LocalDate lastDayOfQuarterTurning16() {
            LocalDate sixteen = personnummer.birthDate().plusYears(16);
            int lastMonthOfQuarter = (sixteen.getMonthValue() + 2) / 3 * 3;
            return YearMonth.of(sixteen.getYear(), lastMonthOfQuarter).atEndOfMonth();
        }

        private Relative child(String childPersonnummer) {
            String value = Personnummer.parse(childPersonnummer).value();
            return children.stream().filter(c -> c.personnummer().equals(value)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("add the child with child(...) first"));
        }

        private static void checkKarens(LocalDate firstDay, LocalDate lastDay, LocalDate paymentDate) {
            if (firstDay.isBefore(KARENS_COMPENSATION_SICK_DAYS_FROM)) {
                throw new IllegalArgumentException("ersättning för karens is paid only for sick days from "
                        + KARENS_COMPENSATION_SICK_DAYS_FROM);
            }
            if (paymentDate.isBefore(KARENS_COMPENSATION_PAID_FROM)) {
                throw new IllegalArgumentException("ersättning för karens is paid only from " + KARENS_COMPENSATION_PAID_FROM);
            }
            if (!paymentDate.isAfter(lastDay)) {
                throw new IllegalArgumentException("ersättning för karens is paid after the sick days");
            }
        }

        private static LocalDate latest(LocalDate a, LocalDate b) {
            return a.isAfter(b) ? a : b;
        }

        private static void requirePeriod(LocalDate from, LocalDate to) {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (from.isAfter(to)) {
                throw new IllegalArgumentException("the period starts after it ends");
            }
        }

        private static void positive(int value, String name) {
            if (value < 1) {
                throw new IllegalArgumentException(name + " must be positive");
            }
        }
    }
}
