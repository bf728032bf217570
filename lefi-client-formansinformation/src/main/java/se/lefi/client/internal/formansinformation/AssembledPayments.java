package se.lefi.client.internal.formansinformation;

import java.util.List;
import se.lefi.client.model.Payment;

/**
 * The payments of {@code formansinformation} that a decoder built while reading, by
 * {@link PaymentAssembler}, instead of leaving them in the details for
 * {@link BenefitInformationAssembler}; with the first failure of the rules, which is thrown where
 * the assembler would have thrown it, so an answer fails the same way either way.
 *
 * <pre>{@code
 * BenefitInformation info = BenefitInformationAssembler.assemble(version, null, at, information, person, assembled);
 * }</pre>
 *
 * @param executed the executed payments ({@code utbetalningsuppgift}), in delivered order
 * @param preliminary the preliminary payments ({@code preliminarautbetalningar}), in delivered order
 * @param failure the first payment the rules refused, or null
 */
public record AssembledPayments(List<Payment> executed, List<Payment> preliminary, RuntimeException failure) {

    /** No payment was built while reading. */
    public static final AssembledPayments NONE = new AssembledPayments(List.of(), List.of(), null);

    /**
     * Copies the lists.
     */
    public AssembledPayments {
        executed = List.copyOf(executed);
        preliminary = List.copyOf(preliminary);
    }
}
