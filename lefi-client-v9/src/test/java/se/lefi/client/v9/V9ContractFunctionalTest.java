package se.lefi.client.v9;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import se.lefi.client.Benefit;
import se.lefi.client.LefiClient;
import se.lefi.client.LefiVersion;
import se.lefi.client.model.Code;
import se.lefi.client.model.DatePeriod;
import se.lefi.client.model.Deviation;
import se.lefi.client.model.Payer;
import se.lefi.client.model.ProviderState;
import se.lefi.client.tck.Completeness;
import se.lefi.client.tck.ContractHarness;
import se.lefi.client.tck.DecodeContract;
import se.lefi.client.tck.ExpectedRequest;
import se.lefi.client.tck.TypicalAnswer;
import se.lefi.client.tck.VersionUnderTest;
import se.lefi.client.tck.WireAnswer;

/**
 * Runs the codec-neutral decode contract against {@link V9Adapter}: the same typical, karens and
 * unknown-codes answers as 6.0 (converted to version 9's JSON, element for element) must decode to
 * the same domain values. The fault contract is not run: it asks for a version-not-supported
 * fault and an echoed korrelationsid, which version 9 does not have; V9FaultsFunctionalTest covers
 * version 9's statuses instead.
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
        public WireAnswer versionNotSupportedFault() {
            throw new UnsupportedOperationException("version 9 has no version-not-supported error");
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
