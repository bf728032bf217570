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

/** Runs the adapter contracts (decode, faults, SOAP) against {@link V5Adapter} speaking 5.0. */
class V50ContractFunctionalTest {

    private static final V50 V50 = new V50();

    @Nested
    class Decode extends DecodeContract {
        @Override
        protected VersionUnderTest versionUnderTest() {
            return V50;
        }
    }

    @Nested
    class Faults extends FaultContract {
        @Override
        protected VersionUnderTest versionUnderTest() {
            return V50;
        }
    }

    @Nested
    class Soap extends SoapContract {
        @Override
        protected SoapVersionUnderTest versionUnderTest() {
            return V50;
        }
    }

    /** What 5.0 tells the contracts: its samples, from this module's test resources. */
    static final class V50 extends FiveXUnderTest {

        @Override
        public LefiVersion version() {
            return LefiVersion.V5_0;
        }

        @Override
        public WireAnswer typicalAnswer() {
            return answer("/samples/5.0/02-svar.xml");
        }

        @Override
        public TypicalAnswer expectedTypicalAnswer() {
            // 5.0's programme comes from the aktivitetsstöd case: åtgärdstyp 40 over its decision's period.
            return new TypicalAnswer("198003142380", "Tyra Testsson", 3,
                    List.of(new BigDecimal("4760"), new BigDecimal("2951"), new BigDecimal("4290")),
                    new BigDecimal("4760"), new Code("40", "Arbetspraktik"),
                    DatePeriod.of(LocalDate.of(2018, 4, 9), LocalDate.of(2018, 8, 31)));
        }

        @Override
        public WireAnswer paymentsOnlyAnswer() {
            return answer("/samples/5.0/04-svar-karensersattning.xml");
        }

        @Override
        public WireAnswer businessFault() {
            return fault("/samples/5.0/05-fel-verksamhetsfel.xml");
        }

        @Override
        public WireAnswer technicalFault() {
            // 5.0's TEKNISKT_FEL sample is VERSION_STODS_EJ (below), which is not retryable.
            return fault("Server", "TEKNISKT_FEL", "KALLSYSTEM_OTILLGANGLIGT", "Ett källsystem svarar inte.");
        }

        @Override
        public WireAnswer versionNotSupportedFault() {
            return fault("/samples/5.0/06-fel-tekniskt-fel.xml");
        }

        @Override
        public WireAnswer legacyFault() {
            return fault("/samples/5.0/07-fel-applikationsfel.xml");
        }

        @Override
        public WireAnswer pingAnswer() {
            return answer("/samples/5.0/09-pingsvar.xml");
        }
    }
}
