package se.lefi.client.cli;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import se.lefi.client.model.BenefitCase;
import se.lefi.client.model.BenefitDay;
import se.lefi.client.model.DatePeriod;
import se.lefi.client.model.Decision;
import se.lefi.client.model.InformationEntry;
import se.lefi.client.model.Payment;
import se.lefi.client.model.PaymentLine;
import se.lefi.client.model.PersonInformation;
import se.lefi.client.model.ProgrammeAssignment;

/**
 * Writes answers as JSON lines for scripts: one object per queried person and line, personnummer
 * masked, the name of a person with protected identity left out. Hand-written so the tool needs no
 * JSON library.
 *
 * <pre>{@code
 * out.println(JsonPrinter.line(outcome));
 * }</pre>
 */
final class JsonPrinter {

    private JsonPrinter() {
    }

    /** Returns one person's outcome as one line of JSON. */
    static String line(Outcome outcome) {
        StringBuilder b = new StringBuilder();
        result(b, outcome);
        return b.toString();
    }

    private static void result(StringBuilder b, Outcome r) {
        Obj o = new Obj(b).field("personnummer", r.personnummer().masked());
        r.error().ifPresent(e -> o.raw("error", new Obj(new StringBuilder()).field("type", e.getClass().getSimpleName())
                .field("code", e.errorCode().orElse(null)).field("retryable", e.retryable())
                .field("message", e.getMessage()).close()));
        r.info().ifPresent(info -> {
            o.field("version", info.version().wireValue());
            o.field("answeredAt", info.answeredAt().map(Object::toString).orElse(null));
            info.person().ifPresent(p -> o.raw("person", person(p)));
            o.raw("cases", array(info.cases().stream().map(JsonPrinter::benefitCase).toList()));
            o.raw("programmes", array(info.programmes().stream().map(JsonPrinter::programme).toList()));
            info.jobGuarantee().ifPresent(j -> o.raw("jobGuarantee", new Obj(new StringBuilder())
                    .field("usedDays", j.usedDays()).field("allDaysUsed", j.allDaysUsed()).close()));
            o.raw("payments", array(info.payments().stream().map(JsonPrinter::payment).toList()));
            o.raw("entries", array(info.entries().stream().map(JsonPrinter::entry).toList()));
        });
        o.close();
    }

    private static String person(PersonInformation p) {
        Obj o = new Obj(new StringBuilder()).field("protectedIdentity", p.protectedIdentity());
        if (!p.protectedIdentity()) {
            // A protected identity's data is never printed.
            o.field("name", p.name());
        }
        return o.field("dateOfDeath", p.dateOfDeath().map(Object::toString).orElse(null)).close();
    }

    private static String benefitCase(BenefitCase c) {
        return new Obj(new StringBuilder()).field("benefit", c.benefit().name()).field("type", c.type())
                .field("started", c.started().map(Object::toString).orElse(null)).field("active", c.active())
                .raw("decisions", array(c.decisions().stream().map(JsonPrinter::decision).toList())).close();
    }

    private static String decision(Decision d) {
        BigDecimal karens = d.days().stream().map(day -> day.karensDeduction().orElse(BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Obj(new StringBuilder()).field("decided", d.decided().map(Object::toString).orElse(null))
                .raw("period", period(d.period())).field("days", d.days().isEmpty() ? d.dayCount().orElse(0)
                        : d.days().size())
                .number("dayAmounts", d.days().stream().map(day -> day.amount().orElse(BigDecimal.ZERO))
                        .reduce(BigDecimal.ZERO, BigDecimal::add))
                .number("karensavdrag", karens).close();
    }

    private static String entry(InformationEntry e) {
        // Entries differ by kind; the amounts every kind may carry are named, the rest listed by name.
        Obj o = new Obj(new StringBuilder()).field("benefit", e.benefit().name()).field("type", e.type());
        e.amount().ifPresent(a -> o.number("belopp", a));
        e.premiepensionAmount().ifPresent(a -> o.number("premiepensionBelopp", a));
        e.year().ifPresent(year -> o.field("ar", year));
        return o.raw("fields", array(e.details().names().stream().sorted().map(JsonPrinter::quote).toList())).close();
    }

    private static String programme(ProgrammeAssignment p) {
        return new Obj(new StringBuilder()).field("code", p.programme().id())
                .field("description", p.programme().description()).raw("period", period(p.period())).close();
    }

    private static String payment(Payment p) {
        return new Obj(new StringBuilder()).field("status", p.status().name()).field("payer", p.payer().name())
                .field("family", p.family().id()).field("date", p.paymentDate().map(Object::toString).orElse(null))
                .raw("period", period(p.period())).number("gross", p.gross()).number("tax", p.tax())
                .number("deductions", p.deductions()).number("net", p.net())
                .raw("lines", array(p.lines().stream().map(JsonPrinter::line).toList())).close();
    }

    private static String line(PaymentLine l) {
        return new Obj(new StringBuilder()).field("benefit", l.benefit().id()).field("kind", l.kind().name())
                .number("amount", l.amount()).field("amountType", l.amountType().map(t -> t.id()).orElse(null))
                .close();
    }

    private static String period(Optional<DatePeriod> period) {
        return period.map(p -> new Obj(new StringBuilder()).field("from", p.from().map(Object::toString).orElse(null))
                .field("to", p.to().map(Object::toString).orElse(null)).close()).orElse("null");
    }

    private static String array(List<String> items) {
        return "[" + String.join(", ", items) + "]";
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** Builds one JSON object; null values are written as null. */
    private static final class Obj {
        private final StringBuilder b;
        private boolean first = true;

        Obj(StringBuilder b) {
            this.b = b;
            b.append('{');
        }

        private Obj key(String name) {
            b.append(first ? "" : ", ").append(quote(name)).append(": ");
            first = false;
            return this;
        }

        Obj field(String name, String value) {
            key(name).b.append(value == null ? "null" : quote(value));
            return this;
        }

        Obj field(String name, boolean value) {
            key(name).b.append(value);
            return this;
        }

        Obj field(String name, int value) {
            key(name).b.append(value);
            return this;
        }

        Obj number(String name, BigDecimal value) {
            key(name).b.append(value.toPlainString());
            return this;
        }

        Obj raw(String name, String json) {
            key(name).b.append(json);
            return this;
        }

        String close() {
            b.append('}');
            return b.toString();
        }
    }
}
