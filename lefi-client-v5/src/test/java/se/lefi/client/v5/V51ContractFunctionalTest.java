package se.lefi.client.v5;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import se.lefi.client.LefiVersion;
import se.lefi.client.model.Code;
import se.lefi.client.model.DatePeriod;

/** Runs the adapter contract suite against {@link V5Adapter} speaking 5.1. */
class V51ContractFunctionalTest extends FiveXContractSuite {

    @Override
    protected LefiVersion version() {
        return LefiVersion.V5_1;
    }

    @Override
    protected Samples samples() {
        return new Samples("/samples/5.1/02-svar.xml", "/samples/5.1/04-svar-karensersattning.xml",
                "/samples/5.1/05-fel-verksamhetsfel.xml", "/samples/5.1/06-fel-tekniskt-fel.xml",
                "/samples/5.1/07-fel-applikationsfel.xml", "/samples/5.1/09-pingsvar.xml",
                new TypicalAnswer("199112057782", "Lukas Exempelsson", 4,
                        List.of(new BigDecimal("4760"), new BigDecimal("2129"), new BigDecimal("2450")),
                        new BigDecimal("4760"), new Code("4", "Jobbsökaraktiviteter"),
                        DatePeriod.of(LocalDate.of(2019, 3, 18), LocalDate.of(2019, 6, 28))));
    }
}
