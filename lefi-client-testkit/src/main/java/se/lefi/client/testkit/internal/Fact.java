package se.lefi.client.testkit.internal;

/**
 * Contributes one piece of a simulated person's record (a sickness, a programme, a pension) to
 * an answer, in the shape of the version asked.
 */
@FunctionalInterface
public interface Fact {

    /**
     * Adds this fact's fragments; the answer filters them by what was asked and what the
     * organisation may see.
     *
     * @param ctx the version, period and organisation of the query
     * @param answer the answer under construction
     */
    void contribute(RenderContext ctx, AnswerBuilder answer);
}
