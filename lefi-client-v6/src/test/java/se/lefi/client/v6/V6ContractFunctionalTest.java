package se.lefi.client.v6;

import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import se.lefi.client.Benefit;
import se.lefi.client.BenefitQuery;
import se.lefi.client.LefiVersion;
import se.lefi.client.model.Code;
import se.lefi.client.model.DatePeriod;
import se.lefi.client.tck.DecodeContract;
import se.lefi.client.tck.FaultContract;
import se.lefi.client.tck.TypicalAnswer;
import se.lefi.client.tck.VersionUnderTest;
import se.lefi.client.tck.WireAnswer;
import se.lefi.client.tck.soap.SoapContract;
import se.lefi.client.tck.soap.SoapVersionUnderTest;
import se.lefi.client.v6.internal.jaxb.HamtaFormansinformationSvar;

/** Runs the adapter contracts (decode, faults, SOAP) against {@link V6Adapter} speaking 6.0. */
class V6ContractFunctionalTest {

    private static final V6 V6 = new V6();

    @Nested
    class Decode extends DecodeContract {
        @Override
        protected VersionUnderTest versionUnderTest() {
            return V6;
        }
    }

    @Nested
    class Faults extends FaultContract {
        @Override
        protected VersionUnderTest versionUnderTest() {
            return V6;
        }
    }

    @Nested
    class Soap extends SoapContract {
        @Override
        protected SoapVersionUnderTest versionUnderTest() {
            return V6;
        }
    }

    /** What 6.0 tells the contracts: its samples (from this module's test resources) and schema. */
    static final class V6 extends SoapVersionUnderTest {

        @Override
        public LefiVersion version() {
            return LefiVersion.V6_0;
        }

        @Override
        public String namespace() {
            return V6Adapter.NAMESPACE;
        }

        @Override
        public URL schema() {
            return V6Adapter.class.getResource("contract/lefi-online-6.xsd");
        }

        @Override
        public Class<?> generatedAnswerType() {
            return HamtaFormansinformationSvar.class;
        }

        @Override
        public BenefitQuery richestQuery(BenefitQuery query) {
            return query.benefits(Benefit.JOBB_OCH_UTVECKLINGSGARANTI)
                    .preliminaryPayments(Benefit.AKTIVITETSSTOD, Benefit.FORALDRAPENNING, Benefit.SJUKPENNING);
        }

        @Override
        public WireAnswer typicalAnswer() {
            return answer("/samples/6.0/02-svar.xml");
        }

        @Override
        public TypicalAnswer expectedTypicalAnswer() {
            return new TypicalAnswer("198402298452", "Maja Provsson", 3,
                    List.of(new BigDecimal("2555"), new BigDecimal("1141"), new BigDecimal("2469")),
                    new BigDecimal("2555"), new Code("53", "Jobb- och utvecklingsgaranti"),
                    new DatePeriod(Optional.of(LocalDate.of(2019, 6, 3)), Optional.empty()));
        }

        @Override
        public WireAnswer paymentsOnlyAnswer() {
            return answer("/samples/6.0/04-svar-karensersattning.xml");
        }

        @Override
        public List<WireAnswer> moreAnswers() {
            return List.of(answer("/samples/6.0/06-svar-preliminara-utbetalningar.xml"),
                    answer("/samples/6.0/07-svar-preliminara-fore-rattning.xml"));
        }

        @Override
        public WireAnswer businessFault() {
            return fault("/samples/6.0/08-fel-verksamhetsfel.xml");
        }

        @Override
        public WireAnswer technicalFault() {
            return fault("/samples/6.0/09-fel-tekniskt-fel.xml");
        }

        @Override
        public WireAnswer legacyFault() {
            return fault("/samples/6.0/10-fel-applikationsfel.xml");
        }

        @Override
        public WireAnswer pingAnswer() {
            return answer("/samples/6.0/12-pingsvar.xml");
        }
    }
}
