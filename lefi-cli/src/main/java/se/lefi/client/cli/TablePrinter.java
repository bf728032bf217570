package se.lefi.client.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import se.lefi.client.model.BenefitCase;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.model.DatePeriod;
import se.lefi.client.model.Decision;
import se.lefi.client.model.Payment;
import se.lefi.client.model.PaymentLine;
import se.lefi.client.model.PersonInformation;
import se.lefi.client.model.ProgrammeAssignment;

/**
 * Prints a readable summary of an answer: the person, the cases, the programmes and the payments
 * (preliminary ones marked). The personnummer is printed masked.
 *
 * <pre>{@code
 * new TablePrinter(System.out).print(info);
 * }</pre>
 */
final class TablePrinter {

    private final PrintStream out;

    /**
     * Creates a printer.
     *
     * @param out where to print
     */
    TablePrinter(PrintStream out) {
        this.out = out;
    }

    /**
     * Prints the summary.
     *
     * @param info the answer
     */
    void print(BenefitInformation info) {
        out.printf("LEFI Online %s answered%s%n", info.version(),
                info.answeredAt().map(t -> " at " + t).orElse(""));
        info.person().ifPresent(this::person);
        out.printf("%nCases (%d)%n", info.cases().size());
        for (BenefitCase c : info.cases()) {
            out.printf("  %-28s started %-10s %s, %d decision(s)%n", c.benefit(), c.started().map(Object::toString)
                    .orElse("-"), c.active() ? "active" : "closed", c.decisions().size());
            for (Decision d : c.decisions()) {
                BigDecimal dayTotal = d.days().stream().map(day -> day.amount().orElse(BigDecimal.ZERO))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal karens = d.days().stream().map(day -> day.karensDeduction().orElse(BigDecimal.ZERO))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                out.printf("    decision %-10s period %-23s %2d day(s) %10s kr%s%n",
                        d.decided().map(Object::toString).orElse("-"), d.period().map(DatePeriod::toString).orElse("-"),
                        d.days().isEmpty() ? d.dayCount().orElse(0) : d.days().size(), kronor(dayTotal),
                        karens.signum() > 0 ? ", karensavdrag " + kronor(karens) + " kr" : "");
            }
        }
        if (!info.programmes().isEmpty()) {
            out.printf("%nProgrammes (%d)%n", info.programmes().size());
            for (ProgrammeAssignment p : info.programmes()) {
                out.printf("  %s %s, %s%n", p.programme().id(), p.programme().description(),
                        p.period().map(DatePeriod::toString).orElse("-"));
            }
        }
        info.jobGuarantee().ifPresent(j -> out.printf("%nJobb- och utvecklingsgaranti: %d day(s) used%s%n",
                j.usedDays(), j.allDaysUsed() ? ", all used" : ""));
        out.printf("%nPayments (%d)%n", info.payments().size());
        out.printf("  %-12s %-7s %-11s %10s %10s %10s %10s%n", "status", "family", "date", "gross", "tax", "deductions",
                "net");
        for (Payment p : info.payments()) {
            out.printf("  %-12s %-7s %-11s %10s %10s %10s %10s%n", p.isPreliminary() ? "PRELIMINARY" : "executed",
                    p.family().id(), p.paymentDate().map(Object::toString).orElse("-"), kronor(p.gross()),
                    kronor(p.tax()), kronor(p.deductions()), kronor(p.net()));
            for (PaymentLine l : p.lines()) {
                out.printf("      %-12s %-6s %10s%s%n", l.kind(), l.benefit().id(), kronor(l.amount()),
                        l.amountType().map(t -> " (" + t.id() + ")").orElse(""));
            }
        }
        // The same in every version, although 5.0 codes these payments UTB and later versions AMP.
        List<Payment> programmePayments = info.payments().stream().filter(Payment::isLabourMarketProgramme).toList();
        out.printf("%nLabour-market programme payments: %d, net %s kr%n", programmePayments.size(),
                kronor(programmePayments.stream().map(Payment::net).reduce(BigDecimal.ZERO, BigDecimal::add)));
    }

    private void person(PersonInformation p) {
        out.printf("%nPerson %s  %s%s%n", p.personnummer(), p.protectedIdentity() ? "(protected identity)" : p.name(),
                p.dateOfDeath().map(d -> ", died " + d).orElse(""));
        out.printf("  %d address(es), %d child(ren)%s%n", p.addresses().size(), p.children().size(),
                p.civilStatus().map(c -> ", civilstånd " + c.description()).orElse(""));
    }

    private static String kronor(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,.2f", amount).replace(',', ' ');
    }
}
