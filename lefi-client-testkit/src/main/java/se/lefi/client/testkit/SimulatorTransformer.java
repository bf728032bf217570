package se.lefi.client.testkit;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Lets WireMock hand every request to the simulator's engine and turns the engine's reply into a
 * WireMock response, with the delay and network fault the engine asks for.
 */
final class SimulatorTransformer implements ResponseDefinitionTransformerV2 {

    static final String NAME = "lefi-online-simulator";

    private final SimulatorEngine engine;

    SimulatorTransformer(SimulatorEngine engine) {
        this.engine = engine;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        String url = serveEvent.getRequest().getUrl();
        int query = url.indexOf('?');
        SimulatorEngine.Reply reply = engine.handle(serveEvent.getRequest().getMethod().value(),
                query < 0 ? url : url.substring(0, query), serveEvent.getRequest().getBody());
        ResponseDefinitionBuilder response = ResponseDefinitionBuilder.responseDefinition();
        if (reply.delay() != null && !reply.delay().isZero()) {
            response.withFixedDelay((int) Math.min(Integer.MAX_VALUE, reply.delay().toMillis()));
        }
        if (reply.fault() != null) {
            return response.withFault(fault(reply.fault())).build();
        }
        return response.withStatus(reply.status())
                .withHeader("Content-Type", reply.contentType())
                .withBody(reply.body())
                .build();
    }

    private static Fault fault(NetworkFault fault) {
        return switch (fault) {
            case CONNECTION_RESET -> Fault.CONNECTION_RESET_BY_PEER;
            case EMPTY_RESPONSE -> Fault.EMPTY_RESPONSE;
            case MALFORMED_RESPONSE_CHUNK -> Fault.MALFORMED_RESPONSE_CHUNK;
            case RANDOM_DATA_THEN_CLOSE -> Fault.RANDOM_DATA_THEN_CLOSE;
        };
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }

    @Override
    public String getName() {
        return NAME;
    }
}
