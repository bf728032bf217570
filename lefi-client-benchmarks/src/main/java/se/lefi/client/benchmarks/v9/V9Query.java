package se.lefi.client.benchmarks.v9;

import java.util.List;
import java.util.Optional;
import se.lefi.client.Benefit;
import se.lefi.client.LefiVersion;
import se.lefi.client.Personnummer;
import se.lefi.client.benchmarks.Query;
import se.lefi.client.spi.ClientIdentity;
import se.lefi.client.spi.QueryRequest;
import se.lefi.client.v9.internal.V9Routing;

/**
 * Holds the version 9 query every client of the v9 benchmark sends: the SOAP benchmark's query
 * ({@link Query}: same person, period and groups) addressed with an aktörs-id, and the v9 lists
 * the SDK routes its groups to, which the baselines send as well, so request bodies are equal.
 *
 * <pre>{@code
 * QueryRequest request = V9Query.request();
 * }</pre>
 */
public final class V9Query {

    /** The aktörs-id of the querying organisation (synthetic). */
    public static final String AKTORS_ID = "026-51";

    private static final V9Routing.Lists LISTS = V9Routing.route(request());

    private V9Query() {
    }

    /** Returns the query as the SDK's adapters see it. */
    public static QueryRequest request() {
        return new QueryRequest(LefiVersion.V9_0,
                new ClientIdentity(Optional.of(Query.ORGANISATIONSNUMMER), Optional.of(AKTORS_ID)), Optional.empty(),
                Personnummer.parse(Query.PERSONNUMMER), Query.FROM, Query.TO, Query.BENEFITS, Query.PAYMENTS,
                Query.PAYMENTS);
    }

    /** Returns the v9 lists of the query, as the SDK routes them. */
    public static V9Routing.Lists lists() {
        return LISTS;
    }

    /** Returns the groups of the query as an array, for the fluent API. */
    static Benefit[] array(List<Benefit> groups) {
        return groups.toArray(new Benefit[0]);
    }
}
