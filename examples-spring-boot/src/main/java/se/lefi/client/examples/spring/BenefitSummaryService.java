package se.lefi.client.examples.spring;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import se.lefi.client.Benefit;
import se.lefi.client.BenefitQuery;
import se.lefi.client.Capabilities;
import se.lefi.client.LefiClient;
import se.lefi.client.Personnummer;
import se.lefi.client.model.BenefitCase;
import se.lefi.client.model.BenefitInformation;
import se.lefi.client.model.Payment;

/**
 * Asks LEFI, through the starter's {@link LefiClient}, for everything the configured version
 * offers about a person and period, and sums it up.
 *
 * <pre>{@code
 * BenefitSummary summary = service.summarise(new SummaryRequest("19850412-2386", from, to));
 * }</pre>
 */
@Service
public class BenefitSummaryService {

    private final LefiClient client;

    /**
     * Creates the service.
     *
     * @param client the auto-configured client
     */
    public BenefitSummaryService(LefiClient client) {
        this.client = client;
    }

    /**
     * Fetches and summarises.
     *
     * @param request the person and period
     * @return the summary
     * @throws IllegalArgumentException for an invalid personnummer or period
     * @throws se.lefi.client.LefiException when LEFI cannot answer
     */
    public BenefitSummary summarise(SummaryRequest request) {
        if (request.from() == null || request.to() == null) {
            throw new IllegalArgumentException("from and to are required");
        }
        Personnummer person = Personnummer.parse(request.personnummer());
        // The same code for every version: ask only for what the configured one offers.
        Capabilities can = client.capabilities();
        BenefitQuery query = client.query(person).period(request.from(), request.to());
        Benefit[] benefits = can.benefitsAmong(Benefit.values());
        if (benefits.length > 0) {
            query.benefits(benefits);
        }
        Benefit[] payments = can.paymentsAmong(Benefit.values());
        if (payments.length > 0) {
            query.payments(payments);
        }
        Benefit[] preliminary = can.preliminaryPaymentsAmong(Benefit.values());
        if (preliminary.length > 0) {
            query.preliminaryPayments(preliminary);
        }
        BenefitInformation info = query.fetch();
        Map<String, Integer> cases = new TreeMap<>();
        for (BenefitCase c : info.cases()) {
            cases.merge(c.benefit().name(), 1, Integer::sum);
        }
        BigDecimal net = info.executedPayments().stream().map(Payment::net).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new BenefitSummary(person.masked(), info.version().wireValue(), info.isComplete(), cases,
                info.executedPayments().size(), info.preliminaryPayments().size(), net);
    }
}
