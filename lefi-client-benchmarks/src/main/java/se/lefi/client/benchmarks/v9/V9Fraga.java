package se.lefi.client.benchmarks.v9;

import se.lefi.client.benchmarks.Query;
import se.lefi.client.benchmarks.v9.generated.model.LefiExternFormanGruppKod;
import se.lefi.client.benchmarks.v9.generated.model.LefiExternFormansinformationFraga;
import se.lefi.client.benchmarks.v9.generated.model.LefiExternOvrigInformationTypKod;
import se.lefi.client.benchmarks.v9.generated.model.LefiFkFormanGruppKod;
import se.lefi.client.benchmarks.v9.generated.model.LefiPeriod;
import se.lefi.client.benchmarks.v9.generated.model.LefiPmFormanGruppKod;
import se.lefi.client.v9.internal.V9Routing;

/**
 * Builds the benchmark's query as openapi-generator's request model, the way both databind
 * baselines do on every call: the same person, period and lists the SDK sends.
 *
 * <pre>{@code
 * LefiExternFormansinformationFraga fraga = V9Fraga.create();
 * }</pre>
 */
public final class V9Fraga {

    private V9Fraga() {
    }

    /** Returns a new request model of the benchmark's query. */
    public static LefiExternFormansinformationFraga create() {
        V9Routing.Lists lists = V9Query.lists();
        LefiExternFormansinformationFraga fraga = new LefiExternFormansinformationFraga()
                .personnummer(Query.PERSONNUMMER)
                .period(new LefiPeriod().from(Query.FROM).tom(Query.TO));
        lists.formansinformation().forEach(c -> fraga.addFormansinformationItem(LefiFkFormanGruppKod.fromValue(c)));
        lists.ansprak().forEach(c -> fraga.addAnsprakItem(LefiPmFormanGruppKod.fromValue(c)));
        lists.beslut().forEach(c -> fraga.addBeslutItem(LefiPmFormanGruppKod.fromValue(c)));
        lists.preliminaraUtbetalningar()
                .forEach(c -> fraga.addPreliminaraUtbetalningarItem(LefiExternFormanGruppKod.fromValue(c)));
        lists.utbetalningar().forEach(c -> fraga.addUtbetalningarItem(LefiExternFormanGruppKod.fromValue(c)));
        lists.ovrigInformation()
                .forEach(c -> fraga.addOvrigInformationItem(LefiExternOvrigInformationTypKod.fromValue(c)));
        return fraga;
    }
}
