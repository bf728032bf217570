package se.lefi.client.tck;

import java.util.List;
import se.lefi.client.model.Deviation;
import se.lefi.client.model.ProviderState;

/**
 * Holds what an answer must report about its own completeness: the deviations (parts of the query
 * the service did not answer) and the providers with their states.
 *
 * <pre>{@code
 * Completeness whole = Completeness.wholeFromForsakringskassan();   // every 5.x/6.0 answer
 * Completeness partial = new Completeness(List.of(Deviation.of("FK:SJP", "OBEHORIG", "Ej behörig")),
 *         List.of(ProviderState.FORSAKRINGSKASSAN_OK));
 * }</pre>
 *
 * @param deviations the deviations, in order
 * @param providers the providers and their states, in order
 */
public record Completeness(List<Deviation> deviations, List<ProviderState> providers) {

    /** Copies the components. */
    public Completeness {
        deviations = List.copyOf(deviations);
        providers = List.copyOf(providers);
    }

    /** Returns what every answer of a version without partial answers reports: no deviation, Försäkringskassan OK. */
    public static Completeness wholeFromForsakringskassan() {
        return new Completeness(List.of(), List.of(ProviderState.FORSAKRINGSKASSAN_OK));
    }

    /** Tells whether an answer with these deviations and providers is whole: none of the first, every provider OK. */
    public boolean complete() {
        return deviations.isEmpty() && providers.stream().allMatch(p -> p.state() == ProviderState.State.OK);
    }
}
