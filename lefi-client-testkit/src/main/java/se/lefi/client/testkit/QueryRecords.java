package se.lefi.client.testkit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import se.lefi.client.Benefit;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.model.DatePeriod;
import se.lefi.client.testkit.internal.ParsedRequest;
import se.lefi.client.testkit.internal.V9ParsedRequest;

/** Turns a request as read (SOAP or version 9) and the simulator's reply into a version-neutral {@link RecordedQuery}. */
final class QueryRecords {

    private QueryRecords() {
    }

    static RecordedQuery of(ParsedRequest request, Instant receivedAt, SimulatorEngine.Reply reply) {
        Optional<LocalDate> from = date(request.from());
        Optional<LocalDate> tom = date(request.tom());
        Optional<DatePeriod> period = from.isPresent() && tom.isPresent()
                ? Optional.of(DatePeriod.of(from.get(), tom.get())) : Optional.empty();
        return new RecordedQuery(receivedAt,
                Optional.ofNullable(request.version()).flatMap(LefiVersion::fromWireValue),
                text(request.organisationsnummer()),
                Optional.empty(),
                personnummer(request.personnummer()),
                period,
                benefits(request.information()),
                benefits(request.payments()),
                benefits(request.preliminary()),
                text(request.korrelationsid()),
                outcome(reply));
    }

    static RecordedQuery ofVersion9(V9ParsedRequest request, Instant receivedAt, SimulatorEngine.Reply reply) {
        Optional<LocalDate> from = date(request.from());
        Optional<LocalDate> tom = date(request.tom());
        Optional<DatePeriod> period = from.isPresent() && tom.isPresent() && !from.get().isAfter(tom.get())
                ? Optional.of(DatePeriod.of(from.get(), tom.get())) : Optional.empty();
        // Case information is asked in three lists of version 9 (FK groups, PM claims and decisions,
        // other information); the record names each group once, in the order sent.
        java.util.LinkedHashSet<String> asked = new java.util.LinkedHashSet<>(request.list("formansinformation"));
        asked.addAll(request.list("ansprak"));
        asked.addAll(request.list("beslut"));
        asked.addAll(request.list("ovrigInformation"));
        return new RecordedQuery(receivedAt, Optional.of(LefiVersion.V9_0), Optional.empty(),
                text(request.aktorsId()),
                personnummer(request.personnummer()).or(() -> tenDigits(request.personnummer())),
                period,
                benefits(List.copyOf(asked)),
                benefits(request.list("utbetalningar")),
                benefits(request.list("preliminaraUtbetalningar")),
                Optional.empty(),
                outcome(reply));
    }

    private static Optional<Personnummer> tenDigits(String value) {
        // Version 9 also takes the 10-digit form.
        if (value == null || !value.matches("\\d{10}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Personnummer.parse(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static RecordedQuery.Outcome outcome(SimulatorEngine.Reply reply) {
        if (reply.fault() != null) {
            return new RecordedQuery.Outcome(RecordedQuery.Outcome.Kind.NETWORK_FAULT, Optional.of(reply.fault().name()));
        }
        SimulatedError error = reply.error();
        if (error == null) {
            return new RecordedQuery.Outcome(RecordedQuery.Outcome.Kind.ANSWERED, Optional.empty());
        }
        RecordedQuery.Outcome.Kind kind = "VERKSAMHETSFEL".equals(error.feltyp())
                ? RecordedQuery.Outcome.Kind.BUSINESS_ERROR : RecordedQuery.Outcome.Kind.TECHNICAL_ERROR;
        return new RecordedQuery.Outcome(kind, Optional.of(error.felkod()));
    }

    private static List<Benefit> benefits(List<String> codes) {
        return codes.stream().map(Benefit::fromCode).toList();
    }

    private static Optional<String> text(String value) {
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static Optional<Personnummer> personnummer(String value) {
        // The same rule as the service's: 12 digits with a right check digit, or it is invalid.
        if (value == null || !value.matches("\\d{12}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Personnummer.parse(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
