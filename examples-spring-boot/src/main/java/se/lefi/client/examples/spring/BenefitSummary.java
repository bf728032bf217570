package se.lefi.client.examples.spring;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Summarises one person's answer from LEFI: the cases per benefit and the payments, with the
 * personnummer masked, as the example service returns it in JSON.
 *
 * <pre>{@code
 * {"person":"19850412-****","version":"6.0","complete":true,"casesByBenefit":{"SJUKPENNING":1},
 *  "executedPayments":3,"preliminaryPayments":1,"netPaid":20154.00}
 * }</pre>
 *
 * @param person the personnummer, masked
 * @param version the contract version that answered
 * @param complete false when some part of the answer is missing (see the SDK's deviations)
 * @param casesByBenefit how many cases each benefit has
 * @param executedPayments how many payments were made
 * @param preliminaryPayments how many payments are planned
 * @param netPaid the sum of the executed payments' net amounts, in kronor
 */
public record BenefitSummary(String person, String version, boolean complete, Map<String, Integer> casesByBenefit,
        int executedPayments, int preliminaryPayments, BigDecimal netPaid) {

    /** Copies the map. */
    public BenefitSummary {
        casesByBenefit = Map.copyOf(casesByBenefit);
    }
}
