package se.lefi.client.v5;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
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

/** Runs the adapter contracts (decode, faults, SOAP) against {@link V5Adapter} speaking 5.1. */
class V51ContractFunctionalTest {

    private static final V51 V51 = new V51();

    @Nested
    class Decode extends DecodeContract {
        @Override
        protected VersionUnderTest versionUnderTest() {
            return V51;
        }
    }

    @Nested
    class Faults extends FaultContract {
        @Override
        protected VersionUnderTest versionUnderTest() {
            return V51;
        }
    }

    @Nested
    class Soap extends SoapContract {
        @Override
        protected SoapVersionUnderTest versionUnderTest() {
            return V51;
        }
    }

    /** What 5.1 tells the contracts: its samples, from this module's test resources. */
    static final class V51 extends FiveXUnderTest {

        @Override
        public LefiVersion version() {
            return LefiVersion.V5_1;
        }

        @Override
        public WireAnswer typicalAnswer() {
            return answer("/samples/5.1/02-svar.xml");
        }

        @Override
        public TypicalAnswer expectedTypicalAnswer() {
            return new TypicalAnswer("199112057782", "Lukas Exempelsson", 4,
                    List.of(new BigDecimal("4760"), new BigDecimal("2129"), new BigDecimal("2450")),
                    new BigDecimal("4760"), new Code("4", "Jobbsökaraktiviteter"),
                    DatePeriod.of(LocalDate.of(2019, 3, 18), LocalDate.of(2019, 6, 28)));
        }

        @Override
        public WireAnswer paymentsOnlyAnswer() {
            return answer("/samples/5.1/04-svar-karensersattning.xml");
        }

        @Override
        public WireAnswer businessFault() {
            return fault("/samples/5.1/05-fel-verksamhetsfel.xml");
        }

        @Override
        public WireAnswer technicalFault() {
            return fault("/samples/5.1/06-fel-tekniskt-fel.xml");
        }

        @Override
        public WireAnswer legacyFault() {
            return fault("/samples/5.1/07-fel-applikationsfel.xml");
        }

        @Override
        public WireAnswer pingAnswer() {
            return answer("/samples/5.1/09-pingsvar.xml");
        }
    }
}
