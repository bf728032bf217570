package se.lefi.client.v9;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import se.lefi.client.Benefit;
import se.lefi.client.LefiBusinessException;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiProtocolException;
import se.lefi.client.LefiTechnicalException;
import se.lefi.client.LefiTransportException;
import se.lefi.client.LefiVersion;
import se.lefi.client.model.Code;
import se.lefi.client.model.DatePeriod;
import se.lefi.client.model.Deviation;
import se.lefi.client.model.Payer;
import se.lefi.client.model.ProviderState;
import se.lefi.client.tck.Completeness;
import se.lefi.client.tck.ContractHarness;
import se.lefi.client.tck.CommonFaultContract;
import se.lefi.client.tck.DecodeContract;
import se.lefi.client.tck.ExpectedFault;
import se.lefi.client.tck.ExpectedRequest;
import se.lefi.client.tck.TypicalAnswer;
import se.lefi.client.tck.VersionUnderTest;
import se.lefi.client.tck.WireAnswer;

/**
 * Runs the codec-neutral contracts against {@link V9Adapter}: the same typical, karens and
 * unknown-codes answers as 6.0 (converted to version 9's JSON, element for element) must decode to
 * the same domain values, and version 9's error answers (400, 403, 500, 429, 502, 503, 504, and
 * bodies that are not its JSON) must end in the exceptions API.md gives. Version 9 has no
 * "version not supported" error, so it runs {@link CommonFaultContract}, not {@code FaultContract}.
 */
class V9ContractFunctionalTest {

    private static final V9 V9 = new V9();

    @Nested
    class Decode extends DecodeContract {
        @Override
        protected VersionUnderTest versionUnderTest() {
            return V9;
        }
    }

    @Nested
    class Faults extends CommonFaultContract {
        @Override
        protected VersionUnderTest versionUnderTest() {
            return V9;
        }
    }

    /** What version 9 tells the contracts: its JSON samples from this module's test resources. */
    static final class V9 implements VersionUnderTest {

        private static final String JSON = "application/json";
        private static final String PM_ANSWER = "/samples/9/02-svar-pm-avvikelser.json";

        @Override
        public LefiVersion version() {
            return LefiVersion.V9_0;
        }

        @Override
        public LefiClient.Builder identify(LefiClient.Builder builder) {
            return builder.aktorsId(V9WireMock.AKTORS_ID);
        }

        @Override
        public ExpectedRequest queryRequest() {
            return new ExpectedRequest("POST", ContractHarness.ENDPOINT_PATH + V9WireMock.QUERY_PATH, JSON);
        }

        @Override
        public WireAnswer typicalAnswer() {
            return answer("/samples/9/20-svar-typiskt.json");
        }

        @Override
        public TypicalAnswer expectedTypicalAnswer() {
            // The 6.0 expectations, unchanged: the JSON is 6.0's 02-svar.xml in version 9's shape.
            return new TypicalAnswer("198402298452", "Maja Provsson", 3,
                    List.of(new BigDecimal("2555"), new BigDecimal("1141"), new BigDecimal("2469")),
                    new BigDecimal("2555"), new Code("53", "Jobb- och utvecklingsgaranti"),
                    new DatePeriod(Optional.of(LocalDate.of(2019, 6, 3)), Optional.empty()));
        }

        @Override
        public WireAnswer paymentsOnlyAnswer() {
            return answer("/samples/9/21-svar-karensersattning.json");
        }

        @Override
        public WireAnswer unknownCodesAnswer() {
            return answer("/samples/9/22-svar-okanda-koder.json");
        }

        @Override
        public List<WireAnswer> moreAnswers() {
            return List.of(answer(PM_ANSWER));
        }

        @Override
        public Completeness expectedCompleteness(WireAnswer answer) {
            if (answer.name().equals(PM_ANSWER)) {
                return new Completeness(List.of(
                        new Deviation(Benefit.SJUKPENNING, "FK:SJP", Deviation.Reason.UNAUTHORISED, "OBEHORIG",
                                "Ej behörig"),
                        new Deviation(Benefit.EFTERLEVANDEFORMANER, "PM:EF", Deviation.Reason.INTERNAL_ERROR,
                                "INTERNT_FEL", ""),
                        new Deviation(Benefit.PENSIONSBEHALLNING, "PM:PBH", Deviation.Reason.UNAUTHORISED, "OBEHORIG",
                                "")),
                        List.of(ProviderState.FORSAKRINGSKASSAN_OK,
                                new ProviderState(Payer.PENSIONSMYNDIGHETEN, ProviderState.State.MISSING, "FELANDE")));
            }
            return Completeness.wholeFromForsakringskassan();
        }

        @Override
        public WireAnswer businessFault() {
            return new WireAnswer("/samples/9/10-felsvar-400.json", 400, JSON,
                    WireAnswer.text(getClass(), "/samples/9/10-felsvar-400.json"));
        }

        @Override
        public WireAnswer businessFault(String serviceMessage) {
            return new WireAnswer("a 400 with the given message", 400, JSON,
                    "{\"meddelande\":\"" + serviceMessage.replace("\"", "\\\"") + "\"}");
        }

        @Override
        public WireAnswer technicalFault() {
            return new WireAnswer("/samples/9/12-felsvar-500.json", 500, JSON,
                    WireAnswer.text(getClass(), "/samples/9/12-felsvar-500.json"));
        }

        @Override
        public List<ExpectedFault> statusFaults() {
            WireAnswer gateway = new WireAnswer("/samples/9/14-gateway-502.html", 502, "text/html",
                    WireAnswer.text(getClass(), "/samples/9/14-gateway-502.html"));
            return List.of(
                    new ExpectedFault(felsvar("/samples/9/11-felsvar-403.json", 403), LefiBusinessException.class,
                            false),
                    new ExpectedFault(felsvar("/samples/9/13-felsvar-429.json", 429), LefiTransportException.class,
                            true),
                    new ExpectedFault(gateway, LefiTransportException.class, true),
                    new ExpectedFault(felsvar("/samples/9/15-felsvar-503.json", 503), LefiTransportException.class,
                            true),
                    new ExpectedFault(new WireAnswer("/samples/9/16-gateway-504.txt", 504, "text/plain",
                            WireAnswer.text(getClass(), "/samples/9/16-gateway-504.txt")), LefiTransportException.class,
                            true),
                    // The service's own 500 without its JSON: still the service failing, still retried.
                    new ExpectedFault(gateway.withStatus(500), LefiTechnicalException.class, true),
                    // A 400 or 403 promises the service's JSON error; an HTML page instead is no answer to trust.
                    new ExpectedFault(new WireAnswer("/samples/9/17-inloggning-403.html", 403, "text/html",
                            WireAnswer.text(getClass(), "/samples/9/17-inloggning-403.html")),
                            LefiProtocolException.class, false),
                    new ExpectedFault(new WireAnswer("a 400 with an HTML page", 400, "text/html",
                            "<html>bad request</html>"), LefiProtocolException.class, false));
        }

        private WireAnswer felsvar(String resource, int status) {
            String body = WireAnswer.text(getClass(), resource);
            if (!V9Schema.errors("LefiFelsvar", body).isEmpty()) {
                throw new IllegalStateException(resource + " is not valid against the spec: "
                        + V9Schema.errors("LefiFelsvar", body));
            }
            return new WireAnswer(resource, status, JSON, body);
        }

        @Override
        public Optional<String> errorCode(WireAnswer fault) {
            return Optional.empty();
        }

        private WireAnswer answer(String resource) {
            String body = WireAnswer.text(getClass(), resource);
            if (!V9Schema.errors("LefiExternFormansinformationSvar", body).isEmpty()) {
                throw new IllegalStateException(resource + " is not valid against the spec: "
                        + V9Schema.errors("LefiExternFormansinformationSvar", body));
            }
            return WireAnswer.fromResource(getClass(), resource, 200, JSON);
        }
    }
}
