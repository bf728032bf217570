package se.lefi.client.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.lefi.client.Benefit;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.spi.QueryRequest;

/**
 * Holds the one query every client of the benchmark sends: the 6.0 sample query
 * ({@code 01-fraga.xml}), so request sizes are equal.
 *
 * <pre>{@code
 * QueryRequest request = Query.request();
 * }</pre>
 */
public final class Query {

    /** The querying organisation. */
    public static final String ORGANISATIONSNUMMER = "2120000142";
    /** The queried person (synthetic). */
    public static final String PERSONNUMMER = "198402298452";
    /** The period's first day. */
    public static final LocalDate FROM = LocalDate.of(2019, 11, 1);
    /** The period's last day. */
    public static final LocalDate TO = LocalDate.of(2020, 2, 29);
    /** The groups whose cases are asked. */
    public static final List<Benefit> BENEFITS = List.of(Benefit.GENERELL_PERSONINFORMATION, Benefit.FORALDRAPENNING,
            Benefit.SJUKPENNING, Benefit.PROGRAMANVISNING, Benefit.PROGRAMERSATTNING,
            Benefit.JOBB_OCH_UTVECKLINGSGARANTI);
    /** The groups whose payments are asked. */
    public static final List<Benefit> PAYMENTS = List.of(Benefit.AKTIVITETSSTOD, Benefit.FORALDRAPENNING,
            Benefit.SJUKPENNING);

    private Query() {
    }

    /** Returns the query as the SDK's adapters see it. */
    public static QueryRequest request() {
        return new QueryRequest(LefiVersion.V6_0, ORGANISATIONSNUMMER, Optional.empty(),
                Personnummer.parse(PERSONNUMMER), FROM, TO, BENEFITS, PAYMENTS, PAYMENTS);
    }

    /** Returns the benefit-group codes of a list. */
    public static List<String> codes(List<Benefit> groups) {
        return groups.stream().map(Benefit::code).toList();
    }
}
