package se.lefi.client.v5;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import se.lefi.client.LefiVersion;
import se.lefi.client.model.Code;
import se.lefi.client.model.DatePeriod;

/** Runs the adapter contract suite against {@link V5Adapter} speaking 5.0. */
class V50ContractFunctionalTest extends FiveXContractSuite {

    @Override
    protected LefiVersion version() {
        return LefiVersion.V5_0;
    }

    @Override
    protected Samples samples() {
        // 5.0's programme comes from the aktivitetsstöd case: åtgärdstyp 40 over its decision's period.
        return new Samples("/samples/5.0/02-svar.xml", "/samples/5.0/04-svar-karensersattning.xml",
                "/samples/5.0/05-fel-verksamhetsfel.xml", "/samples/5.0/06-fel-tekniskt-fel.xml",
                "/samples/5.0/07-fel-applikationsfel.xml", "/samples/5.0/09-pingsvar.xml",
                new TypicalAnswer("198003142380", "Tyra Testsson", 3,
                        List.of(new BigDecimal("4760"), new BigDecimal("2951"), new BigDecimal("4290")),
                        new BigDecimal("4760"), new Code("40", "Arbetspraktik"),
                        DatePeriod.of(LocalDate.of(2018, 4, 9), LocalDate.of(2018, 8, 31))));
    }
}
