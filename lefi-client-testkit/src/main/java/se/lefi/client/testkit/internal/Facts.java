package se.lefi.client.testkit.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import se.lefi.client.Benefit;
import se.lefi.client.testkit.internal.AnswerBuilder.Kind;

/**
 * Creates the facts a simulated person can have; each writes itself in the shape of the version
 * asked and only within the asked period.
 */
public final class Facts {

    /** The payment system change of 2019-03-16/17: aktivitetsstöd paid from then on has förmån AMP (5.1+). */
    public static final LocalDate AMP_FROM = LocalDate.of(2019, 3, 17);
    /** The prisbasbelopp the simulator uses for omvårdnadsbidrag and merkostnadsersättning. */
    public static final BigDecimal PRISBASBELOPP = new BigDecimal("47300");
    /** Inkomstpensionsrätt is 16 % of the pensionsgrundande inkomst (the pension system's rule). */
    static final BigDecimal INCOME_PENSION_SHARE = new BigDecimal("0.16");
    /** The barnbidrag the simulator pays a month for one child (1 250 kr, the rate from March 2018). */
    public static final BigDecimal CHILD_ALLOWANCE_MONTHLY = new BigDecimal("1250");
    /**
     * The status codes of Pensionsmyndigheten's levnadsintyg ({@code LefiPmLevnadsintygStatusKod});
     * the contract publishes no meanings for them.
     */
    public static final Set<Integer> LIFE_CERTIFICATE_STATUSES = Set.of(0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 20, 21, 22,
            23, 24, 25);

    private static final Map<Integer, String> ATGARDSTYP = Map.of(40, "Arbetspraktik", 53,
            "Jobb- och utvecklingsgaranti fas 1 och 2", 4, "Övrigt", 61, "Validering", 8, "AMU-reguljär");
    private static final Map<Integer, String> PROGRAM = Map.of(40, "Arbetspraktik", 53, "Jobb- och utvecklingsgaranti",
            4, "Jobbsökaraktiviteter", 61, "Validering", 8, "Arbetsmarknadsutbildning");

    private Facts() {
    }

    /** Returns the text of a programme code in programanvisning. */
    public static String programText(int code) {
        return PROGRAM.getOrDefault(code, "Övrigt");
    }

    /**
     * Creates a sickness spell with sjukpenning for every calendar day, the karensavdrag (20 % of
     * a week's sjukpenning) spread over the first days, and its payment.
     */
    public static Fact sickness(LocalDate from, LocalDate to, BigDecimal daily, LocalDate decided, LocalDate paid,
            boolean registeredAhead, List<PaymentSpec.Row> deductions) {
        List<LocalDate> days = from.datesUntil(to.plusDays(1)).toList();
        BigDecimal karens = daily.multiply(BigDecimal.valueOf(7)).multiply(new BigDecimal("0.2"))
                .setScale(0, RoundingMode.HALF_UP);
        List<BigDecimal> karensPerDay = new ArrayList<>();
        BigDecimal left = karens;
        for (int i = 0; i < days.size(); i++) {
            BigDecimal part = left.min(daily);
            karensPerDay.add(part);
            left = left.subtract(part);
        }
        BigDecimal gross = daily.multiply(BigDecimal.valueOf(days.size())).subtract(karens.subtract(left));
        PaymentSpec payment = PaymentSpec.of(Benefit.SJUKPENNING, "DAG", "Dagersättning", "SJP", "Sjukpenning", 2, 1001,
                paid, from, to, gross, days.size(), true, registeredAhead, deductions.toArray(PaymentSpec.Row[]::new));
        return (ctx, answer) -> {
            if (ctx.overlaps(from, to)) {
                answer.add("sjukpenningarende", Benefit.SJUKPENNING, Kind.INFORMATION, xml -> dailyCase(xml, ctx,
                        new DailyDecision("SJP", "Sjukpenning", "SJUKPENNING", from, to, decided, days, daily,
                                karensPerDay)));
            }
            payment.contribute(ctx, answer);
        };
    }

    /**
     * Creates förebyggande sjukpenning (FK:FSJP, only in version 9) for every weekday of a spell
     * of treatment, without karensavdrag, and its payment; the SOAP versions have no list for it,
     * so they deliver nothing of it.
     */
    public static Fact preventiveSickness(LocalDate from, LocalDate to, BigDecimal daily, LocalDate decided,
            LocalDate paid) {
        List<LocalDate> days = weekdays(from, to);
        BigDecimal gross = daily.multiply(BigDecimal.valueOf(days.size()));
        PaymentSpec payment = PaymentSpec.of(Benefit.FOREBYGGANDE_SJUKPENNING, "DAG", "Dagersättning", "FSJP",
                "Förebyggande sjukpenning", 2, 1001, paid, from, to, gross, days.size(), true, true);
        return (ctx, answer) -> {
            if (!ctx.nine()) {
                return;
            }
            if (ctx.overlaps(from, to)) {
                answer.add("forebyggandeSjukpenningsarende", Benefit.FOREBYGGANDE_SJUKPENNING, Kind.INFORMATION,
                        xml -> dailyCase(xml, ctx, new DailyDecision("FSJP", "Förebyggande sjukpenning",
                                "FOREBYGGANDE_SJUKPENNING", from, to, decided, days, daily, null)));
            }
            payment.contribute(ctx, answer);
        };
    }

    /**
     * One granted decision of a benefit paid per day (sjukpenning, förebyggande sjukpenning).
     *
     * @param karensPerDay the karensavdrag of each day, or null when no karens applies
     */
    private record DailyDecision(String forman, String formanText, String ersattning, LocalDate from, LocalDate to,
            LocalDate decided, List<LocalDate> days, BigDecimal daily, List<BigDecimal> karensPerDay) {
    }

    /** Writes a case of a benefit paid per day: when it started, whether it runs, and its one decision. */
    private static void dailyCase(AnswerXml xml, RenderContext ctx, DailyDecision d) throws XMLStreamException {
        xml.date("startades", d.from());
        xml.flag("aktivt", !d.to().isBefore(ctx.today()));
        xml.start("beslut");
        // A decision is never dated after the day the answer is compiled.
        xml.date("fattades", d.decided().isAfter(ctx.today()) ? ctx.today() : d.decided());
        xml.flag("definitivt", true);
        xml.code("forman", d.forman(), d.formanText());
        xml.period("period", d.from(), d.to());
        xml.fraction("omfattning", 1, 1);
        xml.text("dagar", d.days().size());
        xml.flag("karens", d.karensPerDay() != null);
        xml.text("beslutsutfall", "BEVILJAN");
        xml.text("beslutstyp", "SLUTLIGT");
        xml.text("ersattning", d.ersattning());
        xml.text("ersattningsniva", "NORMAL");
        for (int i = 0; i < d.days().size(); i++) {
            xml.start("ersattningsdagar");
            xml.date("ersattningsdatum", d.days().get(i));
            xml.amount("ersattningsbelopp", d.daily());
            if (d.karensPerDay() != null) {
                xml.amount("karensavdragsbelopp", d.karensPerDay().get(i));
            }
            xml.end();
        }
        xml.end();
    }

    /**
     * Creates an ersättning för karens: a sjukpenning payment (family DAG, förmån SJP, an ORD row
     * and a PS row), never a case.
     */
    public static Fact karensCompensation(LocalDate firstDay, int days, BigDecimal perDay, LocalDate paid) {
        BigDecimal gross = perDay.multiply(BigDecimal.valueOf(days));
        PaymentSpec payment = PaymentSpec.of(Benefit.SJUKPENNING, "DAG", "Dagersättning", "SJP", "Sjukpenning", 2, 1001,
                paid, firstDay, firstDay.plusDays(days - 1L), gross, days, true, false);
        return payment::contribute;
    }

    /** Creates a föräldrapenning decision for consecutive days, with its payment. */
    public static Fact parentalBenefit(Relative child, LocalDate caseStarted, LocalDate from, int dayCount,
            BigDecimal daily, LocalDate decided, LocalDate paid, boolean registeredAhead) {
        LocalDate to = from.plusDays(dayCount - 1L);
        PaymentSpec payment = PaymentSpec.of(Benefit.FORALDRAPENNING, "FP", "Föräldrapenning", "FP", "Föräldrapenning", 2,
                1001, paid, from, to, daily.multiply(BigDecimal.valueOf(dayCount)), dayCount, true, registeredAhead);
        return (ctx, answer) -> {
            if (ctx.overlaps(from, to)) {
                answer.add("foraldrapenningarende", Benefit.FORALDRAPENNING, Kind.INFORMATION, xml -> {
                    xml.date("startades", caseStarted);
                    xml.flag("aktivt", true);
                    xml.flag("avslaget", false);
                    xml.start("grunduppgifter");
                    xml.person("barn", child.personnummer(), child.born(), child.name(), false);
                    xml.end();
                    xml.start("beslut");
                    xml.date("fattades", decided);
                    xml.flag("definitivt", true);
                    xml.code("forman", "FP", "Föräldrapenning");
                    xml.period("period", from, to);
                    xml.fraction("omfattning", 1, 1);
                    xml.text("dagar", dayCount);
                    xml.code("ersattning", 3, "Vanliga dagar");
                    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                        xml.start("ersattningsdagar");
                        xml.date("dag", d);
                        xml.code("niva", "S", "Sjukpenningsnivå");
                        xml.amount("bruttobelopp", daily);
                        xml.end();
                    }
                    xml.end();
                });
            }
            payment.contribute(ctx, answer);
        };
    }

    /** Creates a tillfällig föräldrapenning decision with assessed days (A-inkomst), with its payment. */
    public static Fact temporaryParentalBenefit(Relative child, LocalDate from, int dayCount, BigDecimal daily,
            LocalDate decided, LocalDate paid, boolean registeredAhead) {
        LocalDate to = from.plusDays(dayCount - 1L);
        PaymentSpec payment = PaymentSpec.of(Benefit.TILLFALLIG_FORALDRAPENNING, "TFP", "Tillfällig föräldrapenning",
                "TFP", "Tillfällig föräldrapenning", 2, 1001, paid, from, to, daily.multiply(BigDecimal.valueOf(dayCount)),
                dayCount, true, registeredAhead);
        return (ctx, answer) -> {
            if (ctx.overlaps(from, to)) {
                answer.add("tillfalligForaldrapenningarende", Benefit.TILLFALLIG_FORALDRAPENNING, Kind.INFORMATION, xml -> {
                    xml.date("startades", from);
                    xml.flag("aktivt", false);
                    xml.flag("avslaget", false);
                    xml.start("grunduppgifter");
                    xml.person("barn", child.personnummer(), child.born(), child.name(), false);
                    xml.end();
                    xml.start("beslut");
                    xml.date("fattades", decided);
                    xml.flag("definitivt", true);
                    xml.code("forman", "TFP", "Tillfällig föräldrapenning");
                    xml.period("period", from, to);
                    xml.fraction("omfattning", 1, 1);
                    xml.text("dagar", dayCount);
                    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                        xml.start("bedomdadagar");
                        xml.date("dag", d);
                        xml.amount("bedomtBelopp", daily);
                        xml.code("inkomsttyp", 1, "A-inkomst");
                        xml.code("berakningssatt", 2, "Dagberäknad");
                        xml.end();
                    }
                    xml.code("ersattning", 1, "Tillfällig föräldrapenning");
                    xml.end();
                });
            }
            payment.contribute(ctx, answer);
        };
    }

    /**
     * Creates aktivitetsstöd in a labour-market programme, paid per month for the weekdays, in
     * the 5.0 shape (atgardstyp and dagar in the aktivitetsstöd case) or the 5.1/6.0 shape
     * (programanvisning and programersättning days); payments have förmån UTB before the change
     * of 2019-03-17 and in 5.0, AMP after it.
     *
     * @param to the last day, or null while the programme goes on (then it runs to today)
     */
    public static Fact activitySupport(int programme, LocalDate from, LocalDate to, BigDecimal daily) {
        return (ctx, answer) -> {
            LocalDate end = to != null ? to : ctx.today();
            if (end.isBefore(from)) {
                return;
            }
            List<LocalDate[]> months = months(from, end);
            if (ctx.overlaps(from, to)) {
                asCase(ctx, answer, programme, from, to, daily, months);
                if (!ctx.fiveZero()) {
                    answer.add("programanvisning", Benefit.PROGRAMANVISNING, Kind.INFORMATION, xml -> {
                        xml.period("period", from, to);
                        xml.fraction("omfattning", 1, 1);
                        xml.code("program", programme, programText(programme));
                    });
                }
                List<LocalDate[]> shown = months.stream().filter(m -> ctx.overlaps(m[0], m[1])).toList();
                if (!shown.isEmpty()) {
                    answer.add("programersattningsarende", Benefit.PROGRAMERSATTNING, Kind.INFORMATION, xml -> {
                        for (LocalDate[] m : shown) {
                            List<LocalDate> weekdays = weekdays(m[0], m[1]);
                            xml.start("beslut");
                            xml.date("fattades", m[0]);
                            xml.flag("definitivt", true);
                            xml.code("forman", "AS", "Aktivitetsstöd");
                            xml.code("delforman", "AS", "Aktivitetsstöd");
                            xml.code("periodicitet", 0, "Ingen");
                            xml.period("period", m[0], m[1]);
                            xml.amount("beslutatBruttobelopp", daily.multiply(BigDecimal.valueOf(weekdays.size())));
                            if (!ctx.fiveZero()) {
                                for (LocalDate d : weekdays) {
                                    xml.start("ersattningsdagar");
                                    xml.date("dag", d);
                                    xml.code("ersattning", "AS", "Aktivitetsstöd");
                                    xml.amount("belopp", daily);
                                    xml.end();
                                }
                                for (LocalDate d : weekdays) {
                                    xml.date("dagar", d);
                                }
                            }
                            xml.code("ersattning", "AS", "Aktivitetsstöd");
                            xml.end();
                        }
                    });
                }
            }
            for (LocalDate[] m : months) {
                LocalDate paid = m[1].plusDays(5);
                boolean amp = !ctx.fiveZero() && !paid.isBefore(AMP_FROM);
                int weekdays = weekdays(m[0], m[1]).size();
                if (weekdays == 0) {
                    continue;
                }
                PaymentSpec.of(Benefit.AKTIVITETSSTOD, amp ? "AMP" : "UTB",
                        amp ? "Arbetsmarknadspolitiskt program" : "Utbildningsbidrag", amp ? "AMP" : "UTB",
                        amp ? "Arbetsmarknadspolitiskt program" : "Utbildningsbidrag", 2, 1001, paid, m[0], m[1],
                        daily.multiply(BigDecimal.valueOf(weekdays)), weekdays, true, true).contribute(ctx, answer);
            }
        };
    }

    private static void asCase(RenderContext ctx, AnswerBuilder answer, int programme, LocalDate from, LocalDate to,
            BigDecimal daily, List<LocalDate[]> months) {
        List<LocalDate[]> shown = months.stream().filter(m -> ctx.overlaps(m[0], m[1])).toList();
        answer.add("aktivitetsstodsarende", Benefit.AKTIVITETSSTOD, Kind.INFORMATION, xml -> {
            xml.date("startades", from.minusDays(14));
            xml.flag("aktivt", to == null || !to.isBefore(ctx.today()));
            xml.flag("avslaget", false);
            if (ctx.fiveZero()) {
                // 5.0 names the programme here; from 5.1 it moved to programanvisning.
                xml.start("grunduppgifter");
                xml.code("atgardstyp", programme, ATGARDSTYP.getOrDefault(programme, "Övrigt"));
                xml.end();
            }
            for (LocalDate[] m : shown) {
                xml.start("beslut");
                xml.date("fattades", m[0].minusDays(3));
                xml.flag("definitivt", true);
                xml.code("forman", "AS", "Aktivitetsstöd");
                xml.code("delforman", "AS", "Aktivitetsstöd");
                xml.code("periodicitet", 0, "Ingen");
                xml.period("period", m[0], m[1]);
                xml.amount("beslutatBruttobelopp", daily);
                if (ctx.fiveZero()) {
                    xml.text("dagar", weekdays(m[0], m[1]).size());
                }
                xml.flag("karens", false);
                xml.code("ersattning", 1, "Aktivitetsstöd");
                xml.end();
            }
        });
    }

    /** Creates the days used in the jobb- och utvecklingsgaranti, delivered only in 6.0. */
    public static Fact jobDays(int used, boolean allUsed) {
        return (ctx, answer) -> {
            if (ctx.sixOrLater()) {
                answer.add("programjobdagar", Benefit.JOBB_OCH_UTVECKLINGSGARANTI, Kind.INFORMATION, xml -> {
                    xml.text("antalForbrukade", used);
                    xml.flag("harForbrukatMaxAntal", allUsed);
                });
            }
        };
    }

    /**
     * Creates omvårdnadsbidrag (element omvardnadsbidragsarende, one beslut) at a level of quarters
     * of 250 % of the prisbasbelopp a year, paid monthly on the 25th; payments are scheduled ahead,
     * so a period ending in the future shows future payments.
     */
    public static Fact careAllowance(Relative child, LocalDate from, int quarters, LocalDate decided) {
        BigDecimal monthly = PRISBASBELOPP.multiply(new BigDecimal("2.5")).multiply(BigDecimal.valueOf(quarters))
                .divide(BigDecimal.valueOf(4 * 12), 0, RoundingMode.HALF_UP);
        return monthlyCase("omvardnadsbidragsarende", Benefit.OMVARDNADSBIDRAG, "OMV", "Omvårdnadsbidrag", from, decided,
                monthly, quarters, 4, true, child);
    }

    /**
     * Creates merkostnadsersättning at a level in hundredths of the prisbasbelopp a year (30 to
     * 70), tax-free, paid monthly on the 25th.
     */
    public static Fact additionalCostAllowance(LocalDate from, int percent, LocalDate decided) {
        BigDecimal monthly = PRISBASBELOPP.multiply(BigDecimal.valueOf(percent))
                .divide(BigDecimal.valueOf(100 * 12), 0, RoundingMode.HALF_UP);
        return monthlyCase("merkostnadsersattningsarende", Benefit.MERKOSTNADSERSATTNING, "MEK", "Merkostnadsersättning",
                from, decided, monthly, percent, 100, false, null);
    }

    private static Fact monthlyCase(String element, Benefit group, String code, String text, LocalDate from,
            LocalDate decided, BigDecimal monthly, int numerator, int denominator, boolean taxed, Relative child) {
        return (ctx, answer) -> {
            if (ctx.overlaps(from, null)) {
                answer.add(element, group, Kind.INFORMATION, xml -> {
                    xml.date("startades", from.minusMonths(1));
                    xml.flag("aktivt", true);
                    xml.flag("avslaget", false);
                    xml.start("beslut");
                    xml.date("fattades", decided);
                    xml.flag("definitivt", true);
                    xml.code("forman", code, text);
                    xml.code("periodicitet", 1, "Månadsvis");
                    xml.period("period", from, null);
                    xml.amount("beslutatBruttobelopp", monthly);
                    xml.code("beslutstatus", "S", "Slutligt");
                    xml.code("beslutsutfall", 2, "BEVILJANDE");
                    xml.start("periodbeslut");
                    xml.period("period", from, null);
                    xml.fraction("omfattning", numerator, denominator);
                    xml.fraction("andel", 1, 1);
                    xml.code("utbetalningstyp", "L", "Löpande");
                    xml.end();
                    if (child != null) {
                        // The contract keeps the service's spelling: Barn with a capital B.
                        xml.start("underlag");
                        xml.person("Barn", child.personnummer(), child.born(), child.name(), false);
                        xml.end();
                    }
                    xml.end();
                });
            }
            for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(ctx.today()).plusMonths(2));
                    m = m.plusMonths(1)) {
                PaymentSpec.of(group, code, text, code, text, 1, 1001, m.atDay(25), m.atDay(1), m.atEndOfMonth(), monthly,
                        null, taxed, false).contribute(ctx, answer);
            }
        };
    }

    /**
     * Creates allmän pension paid monthly by Pensionsmyndigheten (foretag 1003) on the 19th, from
     * the first month to the month of death or two months after today.
     */
    public static Fact pension(LocalDate from, BigDecimal monthly, LocalDate decided, LocalDate died) {
        return (ctx, answer) -> {
            LocalDate end = died == null ? null : YearMonth.from(died).atEndOfMonth();
            if (ctx.overlaps(from, end)) {
                answer.add("allmanpensionsarende", Benefit.ALLMAN_PENSION, Kind.INFORMATION, xml -> {
                    xml.start("beslut");
                    xml.date("fattades", decided);
                    xml.flag("definitivt", true);
                    xml.code("forman", "AP", "Allmän pension");
                    xml.code("delforman", "IP", "Inkomstpension");
                    xml.code("periodicitet", 1, "Månadsvis");
                    xml.period("period", from, end);
                    xml.amount("beslutatBruttobelopp", monthly);
                    xml.fraction("omfattning", 1, 1);
                    xml.end();
                });
            }
            YearMonth last = died != null ? YearMonth.from(died) : YearMonth.from(ctx.today()).plusMonths(2);
            for (YearMonth m = YearMonth.from(from); !m.isAfter(last); m = m.plusMonths(1)) {
                PaymentSpec.of(Benefit.ALLMAN_PENSION, "AP", "Allmän pension", "AP", "Allmän pension", 1, 1003,
                        m.atDay(19), m.atDay(1), m.atEndOfMonth(), monthly, null, true, false).contribute(ctx, answer);
            }
        };
    }

    /**
     * Creates Pensionsmyndigheten's own record of the same allmän pension, which only version 9
     * delivers (PM:AP): the claim, the decision (inkomstpension and tilläggspension making up the
     * monthly amount) and the monthly payments on the 19th in whole kronor, with 30 % tax as a
     * PM:PS deduction; payments after today are preliminary.
     */
    public static Fact pensionFromPensionsmyndigheten(LocalDate from, BigDecimal monthly, LocalDate decided,
            LocalDate died) {
        long gross = monthly.setScale(0, RoundingMode.HALF_UP).longValueExact();
        long tp = gross / 4;
        long ip = gross - tp;
        long tax = PaymentSpec.tax(BigDecimal.valueOf(gross)).longValueExact();
        LocalDate end = died == null ? null : YearMonth.from(died).atEndOfMonth();
        return (ctx, answer) -> {
            if (!ctx.nine()) {
                return;
            }
            if (ctx.overlaps(from, end)) {
                answer.addPensionsmyndigheten("ansprak", Benefit.ALLMAN_PENSION_PM, Kind.CLAIM, xml -> {
                    xml.text("ansprakid", "PM-A-" + from.getYear() + "-" + from.getMonthValue());
                    xml.date("ankomstdatum", decided.minusMonths(2));
                    pmGroup(xml);
                    xml.start("yrkadPeriod").date("from", from).end();
                });
                answer.addPensionsmyndigheten("beslut", Benefit.ALLMAN_PENSION_PM, Kind.DECISION, xml -> {
                    xml.text("beslutsid", "PM-B-" + from.getYear() + "-" + from.getMonthValue());
                    xml.date("beslutsdatum", decided);
                    pmGroup(xml);
                    xml.start("beslutsstatus").text("kod", "SLUTLIGT").text("beskrivning", "Slutligt").end();
                    xml.start("beslutsutfall").text("kod", "BIFALL").text("beskrivning", "Bifall").end();
                    awarded(xml, from, end, ip, "PM:IP", "Inkomstpension");
                    awarded(xml, from, end, tp, "PM:TP", "Tilläggspension");
                    xml.start("tillagg").start("allmanpension");
                    xml.flag("samordningMedPensionFranAnnatLand", false);
                    xml.start("anvantCivilstand").text("kod", "OGIFT").text("beskrivning", "Ogift").end();
                    xml.end().end();
                });
            }
            YearMonth last = died != null ? YearMonth.from(died) : YearMonth.from(ctx.today()).plusMonths(2);
            for (YearMonth m = YearMonth.from(from); !m.isAfter(last); m = m.plusMonths(1)) {
                LocalDate paid = m.atDay(19);
                if (!ctx.within(paid)) {
                    continue;
                }
                boolean preliminary = paid.isAfter(ctx.today());
                YearMonth month = m;
                answer.addPensionsmyndigheten(preliminary ? "preliminaraUtbetalningar" : "utbetalningar",
                        Benefit.ALLMAN_PENSION_PM, preliminary ? Kind.PRELIMINARY : Kind.PAYMENT, xml -> {
                            xml.date("utbetalningsdatum", paid);
                            xml.start("utbetalningsperiod").date("from", month.atDay(1))
                                    .date("tom", month.atEndOfMonth()).end();
                            xml.text("bruttobelopp", gross);
                            xml.text("nettobelopp", gross - tax);
                            xml.start("avdrag");
                            xml.text("belopp", tax);
                            xml.start("avdragstyp").text("kod", "PM:PS").text("beskrivning", "Preliminär skatt").end();
                            xml.end();
                            paymentRow(xml, ip, "PM:IP", "Inkomstpension");
                            paymentRow(xml, tp, "PM:TP", "Tilläggspension");
                        });
            }
        };
    }

    private static void pmGroup(AnswerXml xml) throws XMLStreamException {
        xml.start("formansgrupp").text("kod", "PM:AP").text("beskrivning", "Allmän pension").end();
    }

    private static void awarded(AnswerXml xml, LocalDate from, LocalDate end, long amount, String type, String text)
            throws XMLStreamException {
        xml.start("beslutadErsattning");
        xml.start("beslutatBelopp").text("belopp", amount);
        xml.start("beloppsfrekvens").text("kod", "MANAD").text("beskrivning", "Månad").end();
        xml.end();
        xml.start("period").date("from", from).date("tom", end).end();
        xml.start("ersattningstyp").text("kod", type).text("beskrivning", text).end();
        xml.text("omfattning", "1");
        xml.end();
    }

    private static void paymentRow(AnswerXml xml, long amount, String type, String text) throws XMLStreamException {
        xml.start("utbetalningsrader");
        pmGroup(xml);
        xml.text("belopp", amount);
        xml.start("utbetalningsforman").text("kod", "PM:AP38").text("beskrivning", "Allmän pension, född 1938 eller senare")
                .end();
        xml.start("beloppstyp").text("kod", type).text("beskrivning", text).end();
        xml.end();
    }

    /**
     * Creates the pension earnings of one year with inkomst- and premiepensionsrätt: Försäkringskassan's
     * intjänande in the SOAP versions, and in version 9 Pensionsmyndigheten's pensionsunderlag
     * (PM:PU) for the year, whose pensionsgrundande inkomst is the one that gives that inkomstpensionsrätt
     * (16 % of it, rounded to whole kronor).
     */
    public static Fact pensionEarnings(int year, BigDecimal incomePensionRight, BigDecimal premiumPensionRight) {
        long pensionableIncome = incomePensionRight.divide(INCOME_PENSION_SHARE, 0, RoundingMode.HALF_UP).longValueExact();
        return (ctx, answer) -> {
            if (!ctx.overlaps(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) {
                return;
            }
            answer.add("intjanandeuppgift", Benefit.INTJANANDE, Kind.INFORMATION, xml -> {
                xml.text("ar", year);
                for (String list : List.of("pensionsratter", "faktiskaPensionsratter")) {
                    right(xml, list, "prutb", "Inkomstpensionsrätt", incomePensionRight);
                    right(xml, list, "prprep", "Premiepensionsrätt", premiumPensionRight);
                }
            });
            if (ctx.nine()) {
                answer.addPensionsmyndigheten("ovrigInformation", Benefit.PENSIONSUNDERLAG, Kind.INFORMATION, xml -> {
                    otherInformationType(xml, "PM:PU", "Pensionsunderlag");
                    xml.start("pensionsunderlag");
                    xml.start("intjanandear");
                    xml.text("artal", year);
                    xml.text("pensionsgrundandeInkomst", pensionableIncome);
                    xml.end();
                    xml.end();
                });
            }
        };
    }

    private static void otherInformationType(AnswerXml xml, String code, String text) throws XMLStreamException {
        xml.start("informationstyp").text("kod", code).text("beskrivning", text).end();
    }

    private static void right(AnswerXml xml, String list, String type, String text, BigDecimal amount)
            throws XMLStreamException {
        xml.start(list);
        xml.code("typ", type, text);
        xml.amount("belopp", amount);
        xml.end();
    }

    /**
     * Creates the pension balances with the premiepension balance: Försäkringskassan's
     * intjanandebehallning in the SOAP versions (premiepension from 5.0), and in version 9
     * Pensionsmyndigheten's pensionsbehållning (PM:PBH): an inkomstpension account (IP) and a
     * premiepension account (PREP), each with the balance valid from January of the simulator's
     * year and fixed (fastställd) for the year before.
     */
    public static Fact pensionBalance(BigDecimal incomePension, BigDecimal premiumPension) {
        return (ctx, answer) -> {
            answer.add("intjanandebehallning", Benefit.INTJANANDE, Kind.INFORMATION, xml -> {
                xml.amount("belopp", incomePension);
                xml.amount("premiepensionBelopp", premiumPension);
            });
            if (ctx.nine()) {
                int year = ctx.today().getYear();
                answer.addPensionsmyndigheten("ovrigInformation", Benefit.PENSIONSBEHALLNING, Kind.INFORMATION, xml -> {
                    otherInformationType(xml, "PM:PBH", "Pensionsbehållning");
                    xml.start("pensionsbehallning");
                    account(xml, "IP", "Inkomstpension", incomePension, year);
                    account(xml, "PREP", "Premiepension", premiumPension, year);
                    xml.end();
                });
            }
        };
    }

    private static void account(AnswerXml xml, String type, String text, BigDecimal balance, int year)
            throws XMLStreamException {
        xml.start("pensionskonton");
        xml.start("kontotyp").text("kod", type).text("beskrivning", text).end();
        xml.start("kontovarden");
        xml.text("varde", balance.setScale(0, RoundingMode.HALF_UP).toPlainString());
        xml.text("gallerFrom", year + "-01");
        xml.text("faststallelsear", year - 1);
        xml.end();
        xml.end();
    }

    /**
     * Creates barnbidrag for a child: allmänt barnbidrag until the quarter the child turns 16,
     * then förlängt barnbidrag (delförmån FBB) while the child studies at compulsory-school level,
     * whose period only försäkringsbolag, kommuner, Kronofogdemyndigheten and
     * Pensionsmyndigheten see.
     */
    public static Fact childAllowance(Relative child, LocalDate from, LocalDate extendedFrom, LocalDate extendedTo) {
        BigDecimal monthly = CHILD_ALLOWANCE_MONTHLY;
        LocalDate ordinaryTo = extendedFrom.minusDays(1);
        return (ctx, answer) -> {
            boolean ordinary = ctx.overlaps(from, ordinaryTo);
            boolean extended = ctx.overlaps(extendedFrom, extendedTo);
            if (ordinary || extended) {
                answer.add("barnbidragsarende", Benefit.BARNBIDRAG, Kind.INFORMATION, xml -> {
                    xml.start("grunduppgifter");
                    xml.person("barn", child.personnummer(), child.born(), child.name(), false);
                    xml.end();
                    if (ordinary) {
                        childAllowanceDecision(xml, from.minusDays(20), "ABB", "Allmänt barnbidrag", from, ordinaryTo,
                                monthly, true, null);
                    }
                    if (extended) {
                        childAllowanceDecision(xml, extendedFrom.minusDays(30), "FBB", "Förlängt barnbidrag",
                                extendedFrom, extendedTo, monthly, ctx.category().seesExtendedChildAllowancePeriod(),
                                null);
                    }
                });
            }
        };
    }

    /**
     * Creates the barnbidrag paid for the queried person as a child, seen from the child
     * (mottagareavbarnbidrag, FK:MABB, only in version 9): one case per recipient, naming the
     * recipient in its grunduppgifter, with a decision on allmänt barnbidrag and, when given, one
     * on förlängt barnbidrag whose period only the categories of {@link #childAllowance} see. Two
     * recipients share the monthly amount in halves, and each decision's underlag names who is
     * paid ({@code utbetalningsmottagare}: one personnummer, or both joined by {@code /}). No
     * payments: they go to the recipients. The SOAP versions have no such list and get nothing.
     *
     * @param recipients one recipient, or two sharing the barnbidrag
     * @param from the first day of allmänt barnbidrag
     * @param ordinaryTo its last day
     * @param extendedFrom the first day of förlängt barnbidrag, or null for none
     * @param extendedTo its last day, or null for none
     */
    public static Fact childAllowanceRecipients(List<Relative> recipients, LocalDate from, LocalDate ordinaryTo,
            LocalDate extendedFrom, LocalDate extendedTo) {
        List<Relative> all = List.copyOf(recipients);
        BigDecimal monthly = CHILD_ALLOWANCE_MONTHLY.divide(BigDecimal.valueOf(all.size()), 0, RoundingMode.HALF_UP);
        String payee = String.join("/", all.stream().map(Relative::personnummer).toList());
        boolean shared = all.size() > 1;
        return (ctx, answer) -> {
            if (!ctx.nine()) {
                return;
            }
            boolean ordinary = ctx.overlaps(from, ordinaryTo);
            boolean extended = extendedFrom != null && ctx.overlaps(extendedFrom, extendedTo);
            if (!ordinary && !extended) {
                return;
            }
            for (Relative recipient : all) {
                answer.add("mottagareavbarnbidrag", Benefit.MOTTAGARE_AV_BARNBIDRAG, Kind.INFORMATION, xml -> {
                    xml.start("grunduppgifter");
                    xml.person("personuppgift", recipient.personnummer(), recipient.born(), recipient.name(), false);
                    xml.end();
                    if (ordinary) {
                        childAllowanceDecision(xml, notAfter(from.minusDays(20), ctx.today()), "ABB",
                                "Allmänt barnbidrag", from, ordinaryTo, monthly, true,
                                u -> recipientBasis(u, false, shared, payee));
                    }
                    if (extended) {
                        childAllowanceDecision(xml, notAfter(extendedFrom.minusDays(30), ctx.today()), "FBB",
                                "Förlängt barnbidrag", extendedFrom, extendedTo, monthly,
                                ctx.category().seesExtendedChildAllowancePeriod(),
                                u -> recipientBasis(u, true, shared, payee));
                    }
                });
            }
        };
    }

    private static void recipientBasis(AnswerXml xml, boolean schooling, boolean shared, String payee)
            throws XMLStreamException {
        if (schooling) {
            // Förlängt barnbidrag is given because the child still goes to school.
            xml.flag("skolgang", true);
        }
        xml.flag("tvaBidragsmottagare", shared);
        xml.text("utbetalningsmottagare", payee);
    }

    private static LocalDate notAfter(LocalDate day, LocalDate last) {
        return day.isAfter(last) ? last : day;
    }

    /**
     * Writes one barnbidrag decision.
     *
     * @param underlag writes the decision's underlag, or null for none
     */
    private static void childAllowanceDecision(AnswerXml xml, LocalDate decided, String sub, String subText,
            LocalDate from, LocalDate to, BigDecimal monthly, boolean withPeriod, AnswerXml.Body underlag)
            throws XMLStreamException {
        xml.start("beslut");
        xml.date("fattades", decided);
        xml.flag("definitivt", true);
        xml.code("forman", "ABB", "Barnbidrag");
        xml.code("delforman", sub, subText);
        xml.code("periodicitet", 1, "Månadsvis");
        if (withPeriod) {
            xml.period("period", from, to);
        }
        xml.amount("beslutatBruttobelopp", monthly);
        if (underlag != null) {
            xml.start("underlag");
            underlag.write(xml);
            xml.end();
        }
        xml.end();
    }

    /**
     * Creates the skatteuppgift (FK:SKUP, other information only in version 9), whose one field
     * is a skatteredovisningsnummer; the contract says nothing of its form, so it is written as
     * given. It is not tied to a period, so every version 9 query that asks for it gets it; the
     * SOAP versions get nothing.
     *
     * @param number the skatteredovisningsnummer, delivered as given
     */
    public static Fact taxReporting(String number) {
        return (ctx, answer) -> {
            if (ctx.nine()) {
                answer.add("skatteuppgift", Benefit.SKATTEUPPGIFT, Kind.INFORMATION,
                        xml -> xml.text("skatteredovisningsnummer", number));
            }
        };
    }

    /**
     * Creates one year's steglös avräkning of sjuk- or aktivitetsersättning (FK:SA, only in
     * version 9, where it has lists of its own): the year's income in Sweden and abroad, the
     * fribelopp, the income above it (mellanskillnad), and the year's ersättning less half of
     * that (utbetalning). The simulator's today decides the list: its own year is
     * {@code sjukOchAktivitetsersattningSteglosAvrakningNulage}, where the reduction is made in
     * the payments; an earlier year is {@code ...Historik}, settled after the year, where the
     * reduction is reclaimed ({@code aterkrav}); a later year is not delivered. Delivered when the
     * asked period overlaps the year. The SOAP versions get nothing: there the steglös avräkning
     * sits in the SA case, which the simulator does not have.
     *
     * @param year the settled year
     * @param incomeInSweden the year's income in Sweden, in kronor
     * @param incomeAbroad the year's income abroad, in kronor
     * @param allowance the fribelopp, in kronor
     * @param yearlyBenefit the year's ersättning before the settlement, in kronor
     */
    public static Fact steplessSettlement(int year, BigDecimal incomeInSweden, BigDecimal incomeAbroad,
            BigDecimal allowance, BigDecimal yearlyBenefit) {
        BigDecimal difference = incomeInSweden.add(incomeAbroad).subtract(allowance).max(BigDecimal.ZERO);
        BigDecimal reduction = difference.divide(BigDecimal.valueOf(2), 0, RoundingMode.DOWN).min(yearlyBenefit);
        return (ctx, answer) -> {
            int current = ctx.today().getYear();
            if (!ctx.nine() || year > current
                    || !ctx.overlaps(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) {
                return;
            }
            boolean now = year == current;
            answer.add(now ? "sjukOchAktivitetsersattningSteglosAvrakningNulage"
                    : "sjukOchAktivitetsersattningSteglosAvrakningHistorik",
                    Benefit.SJUKERSATTNING_OCH_AKTIVITETSERSATTNING, Kind.INFORMATION, xml -> {
                        xml.text("artal", year);
                        xml.amount("arsinkomstISverige", incomeInSweden);
                        xml.amount("arsinkomstIAnnatLand", incomeAbroad);
                        xml.amount("fribelopp", allowance);
                        xml.amount("mellanskillnad", difference);
                        xml.amount("utbetalning", yearlyBenefit.subtract(reduction));
                        if (!now) {
                            xml.amount("aterkrav", reduction);
                        }
                    });
        };
    }

    /**
     * Creates Pensionsmyndigheten's levnadsintyg (PM:LINT, other information only in version 9):
     * when the person's certificate of life was last updated and its status. Delivered when that
     * day lies in the asked period and is not after the simulator's today; the SOAP versions get
     * nothing.
     *
     * @param updated the day the levnadsintyg was last updated
     * @param status the status code, one of {@link #LIFE_CERTIFICATE_STATUSES}
     * @param text the status's description
     */
    public static Fact lifeCertificate(LocalDate updated, int status, String text) {
        return (ctx, answer) -> {
            if (!ctx.nine() || !ctx.within(updated) || updated.isAfter(ctx.today())) {
                return;
            }
            answer.addPensionsmyndigheten("ovrigInformation", Benefit.LEVNADSINTYG_PM, Kind.INFORMATION, xml -> {
                otherInformationType(xml, "PM:LINT", "Levnadsintyg");
                xml.start("levnadsintyg");
                xml.date("senastUppdaterad", updated);
                xml.start("levnadsintygsstatus").text("kod", status).text("beskrivning", text).end();
                xml.end();
            });
        };
    }

    /**
     * Returns the simulator's description of a levnadsintyg status when none is given: the
     * contract publishes the codes without meanings.
     *
     * @param status the status code
     * @return {@code "Levnadsintygsstatus <code>"}
     */
    public static String lifeCertificateText(int status) {
        return "Levnadsintygsstatus " + status;
    }

    /** Splits a span into calendar-month slices. */
    static List<LocalDate[]> months(LocalDate from, LocalDate to) {
        List<LocalDate[]> result = new ArrayList<>();
        LocalDate start = from;
        while (!start.isAfter(to)) {
            LocalDate monthEnd = YearMonth.from(start).atEndOfMonth();
            LocalDate end = monthEnd.isAfter(to) ? to : monthEnd;
            result.add(new LocalDate[] {start, end});
            start = end.plusDays(1);
        }
        return result;
    }

    static List<LocalDate> weekdays(LocalDate from, LocalDate to) {
        return from.datesUntil(to.plusDays(1))
                .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY).toList();
    }
}
