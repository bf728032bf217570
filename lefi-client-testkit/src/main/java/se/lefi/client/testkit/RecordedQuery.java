package se.lefi.client.testkit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import se.lefi.client.Benefit;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.model.DatePeriod;

/**
 * Records one query the simulator answered, in the SDK's own terms whatever the protocol of the
 * version asked: who asked, about whom, for which period and information, and how it ended.
 *
 * <p>What the request lacked or held in a form the service rejects (an invalid personnummer, an
 * unreadable date, an unknown version) is empty. {@link #toString()} masks the personnummer.
 *
 * <pre>{@code
 * RecordedQuery last = simulator.requests().get(simulator.requests().size() - 1);
 * assertEquals(List.of(Benefit.SJUKPENNING), last.benefits());
 * assertTrue(last.outcome().answered());
 * }</pre>
 *
 * @param receivedAt when the simulator received it (by the simulator's clock)
 * @param version the contract version asked, when the simulator knows it
 * @param organisationsnummer the querying organisation, as sent
 * @param aktorsId the querying party's aktörs-id, for versions that identify parties by it
 * @param personnummer the person asked about, when valid
 * @param period the period asked about, when both days could be read
 * @param benefits the groups whose case information was asked for, in the order sent
 * @param payments the groups whose executed payments were asked for
 * @param preliminaryPayments the groups whose preliminary payments were asked for
 * @param correlationId the caller's correlation id, when sent
 * @param outcome how the simulator answered
 */
public record RecordedQuery(Instant receivedAt, Optional<LefiVersion> version, Optional<String> organisationsnummer,
        Optional<String> aktorsId, Optional<Personnummer> personnummer, Optional<DatePeriod> period,
        List<Benefit> benefits, List<Benefit> payments, List<Benefit> preliminaryPayments,
        Optional<String> correlationId, Outcome outcome) {

    /** Validates and copies the components. */
    public RecordedQuery {
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(organisationsnummer, "organisationsnummer");
        Objects.requireNonNull(aktorsId, "aktorsId");
        Objects.requireNonNull(personnummer, "personnummer");
        Objects.requireNonNull(period, "period");
        benefits = List.copyOf(benefits);
        payments = List.copyOf(payments);
        preliminaryPayments = List.copyOf(preliminaryPayments);
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** Describes the query on one line with the personnummer masked. */
    @Override
    public String toString() {
        return version.map(LefiVersion::wireValue).orElse("unknown version")
                + organisationsnummer.map(o -> " organisation=" + o).orElse("")
                + aktorsId.map(a -> " aktorsId=" + a).orElse("")
                + " personnummer=" + personnummer.map(Personnummer::masked).orElse("invalid")
                + " period=" + period.map(DatePeriod::toString).orElse("invalid")
                + " benefits=" + names(benefits)
                + " payments=" + names(payments)
                + " preliminaryPayments=" + names(preliminaryPayments)
                + correlationId.map(c -> " correlationId=" + c).orElse("")
                + " outcome=" + outcome;
    }

    private static String names(List<Benefit> benefits) {
        return benefits.stream().map(Benefit::name).collect(Collectors.joining(", ", "[", "]"));
    }

    /**
     * Says how the simulator answered a query: with information, with the service's error, or
     * with a broken connection.
     *
     * <pre>{@code
     * assertEquals(Optional.of("PERSON_SAKNAS"), query.outcome().errorCode());
     * }</pre>
     *
     * @param kind the kind of answer
     * @param errorCode the service's felkod for an error, the {@link NetworkFault}'s name for a broken connection
     */
    public record Outcome(Kind kind, Optional<String> errorCode) {

        /** Validates the components. */
        public Outcome {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(errorCode, "errorCode");
        }

        /** The kinds of answer. */
        public enum Kind {
            /** The information was delivered. */
            ANSWERED,
            /** The service's business error (VERKSAMHETSFEL), such as PERSON_SAKNAS or OBEHORIG. */
            BUSINESS_ERROR,
            /** A technical error, including the legacy categories APPLIKATIONSFEL and SYSTEMFEL. */
            TECHNICAL_ERROR,
            /** The connection was broken instead of answered. */
            NETWORK_FAULT
        }

        /** Tells whether the information was delivered. */
        public boolean answered() {
            return kind == Kind.ANSWERED;
        }

        @Override
        public String toString() {
            return kind + errorCode.map(c -> " " + c).orElse("");
        }
    }
}
