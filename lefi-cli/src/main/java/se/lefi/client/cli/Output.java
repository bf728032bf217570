package se.lefi.client.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.model.Payment;

/** Formats one person's outcome as a table (with a header naming the person), a JSON line or a CSV row. */
enum Output {
    /** A readable block per person. */
    TABLE,
    /** One JSON object per line. */
    JSON,
    /** One row per person, with a header row. */
    CSV;

    /** Returns the header to print once before all persons, or null. */
    String header() {
        return this == CSV ? "personnummer,outcome,error_type,error_code,cases,payments,net_total" : null;
    }

    /** Formats one outcome; a table ends with an empty line. */
    String format(Outcome o) {
        return switch (this) {
            case JSON -> JsonPrinter.line(o);
            case CSV -> csv(o);
            case TABLE -> table(o);
        };
    }

    private static String table(Outcome o) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        out.printf("=== %s ===%n", o.personnummer());
        if (o.error().isPresent()) {
            out.printf("failed: %s%n", o.errorText());
        } else {
            new TablePrinter(out).print(o.info().orElseThrow());
        }
        out.println();
        String text = buffer.toString(StandardCharsets.UTF_8);
        return text.substring(0, text.length() - System.lineSeparator().length());
    }

    private static String csv(Outcome o) {
        if (o.error().isPresent()) {
            var e = o.error().get();
            return String.join(",", o.personnummer().masked(), "failed", e.getClass().getSimpleName(),
                    e.errorCode().orElse(""), "", "", "");
        }
        BenefitInformation info = o.info().orElseThrow();
        BigDecimal net = info.payments().stream().map(Payment::net).reduce(BigDecimal.ZERO, BigDecimal::add);
        return String.join(",", o.personnummer().masked(), "ok", "", "", Integer.toString(info.cases().size()),
                Integer.toString(info.payments().size()), net.toPlainString());
    }

    static Output parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--output must be table, json or csv");
        }
    }
}
