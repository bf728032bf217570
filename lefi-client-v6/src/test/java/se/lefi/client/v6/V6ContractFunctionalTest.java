package se.lefi.client.v6;

import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.lefi.client.Benefit;
import se.lefi.client.BenefitQuery;
import se.lefi.client.LefiVersion;
import se.lefi.client.model.Code;
import se.lefi.client.model.DatePeriod;
import se.lefi.client.tck.AdapterContractSuite;

/** Runs the adapter contract suite against {@link V6Adapter} speaking 6.0. */
class V6ContractFunctionalTest extends AdapterContractSuite {

    @Override
    protected LefiVersion version() {
        return LefiVersion.V6_0;
    }

    @Override
    protected String namespace() {
        return V6Adapter.NAMESPACE;
    }

    @Override
    protected URL schema() {
        return V6Adapter.class.getResource("contract/lefi-online-6.xsd");
    }

    @Override
    protected BenefitQuery richestQuery(BenefitQuery query) {
        return query.benefits(Benefit.JOBB_OCH_UTVECKLINGSGARANTI)
                .preliminaryPayments(Benefit.AKTIVITETSSTOD, Benefit.FORALDRAPENNING, Benefit.SJUKPENNING);
    }

    @Override
    protected Samples samples() {
        return new Samples("/samples/6.0/02-svar.xml", "/samples/6.0/04-svar-karensersattning.xml",
                "/samples/6.0/08-fel-verksamhetsfel.xml", "/samples/6.0/09-fel-tekniskt-fel.xml",
                "/samples/6.0/10-fel-applikationsfel.xml", "/samples/6.0/12-pingsvar.xml",
                new TypicalAnswer("198402298452", "Maja Provsson", 3,
                        List.of(new BigDecimal("2555"), new BigDecimal("1141"), new BigDecimal("2469")),
                        new BigDecimal("2555"), new Code("53", "Jobb- och utvecklingsgaranti"),
                        new DatePeriod(Optional.of(LocalDate.of(2019, 6, 3)), Optional.empty())));
    }

    @Override
    protected Class<?> generatedAnswerType() {
        return se.lefi.client.v6.internal.jaxb.HamtaFormansinformationSvar.class;
    }
}
