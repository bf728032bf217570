package se.lefi.client.internal.formansinformation;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Makes unmodifiable lists that the model's records take as they are: {@code List.copyOf} returns
 * a list made by {@code List.of} without copying it, so a payment's rows are copied once, not
 * twice, and a list of one or two (most payments) holds no array at all.
 *
 * <pre>{@code
 * List<PaymentLine> lines = ImmutableLists.of(array, count);
 * List<Decision> decisions = ImmutableLists.map(details.children("beslut"), Assembler::decision);
 * }</pre>
 */
public final class ImmutableLists {

    private ImmutableLists() {
    }

    /**
     * Returns the first items of an array as an unmodifiable list.
     *
     * @param items the items, none null among the first {@code count}
     * @param count how many count
     * @param <T> the item type
     * @return the list
     */
    public static <T> List<T> of(T[] items, int count) {
        return switch (count) {
            case 0 -> List.of();
            case 1 -> List.of(items[0]);
            case 2 -> List.of(items[0], items[1]);
            default -> List.of(count == items.length ? items : Arrays.copyOf(items, count));
        };
    }

    /**
     * Returns each item built into something else, as an unmodifiable list: a loop instead of a
     * stream, because it runs for every case, decision and person of every answer.
     *
     * @param items the items
     * @param build makes the new item; never returns null
     * @param <S> the item type
     * @param <T> the built type
     * @return the built items, in order
     */
    @SuppressWarnings("unchecked")
    public static <S, T> List<T> map(List<S> items, Function<? super S, ? extends T> build) {
        int count = items.size();
        if (count == 0) {
            return List.of();
        }
        if (count == 1) {
            return List.of(build.apply(items.get(0)));
        }
        Object[] built = new Object[count];
        for (int i = 0; i < count; i++) {
            built[i] = build.apply(items.get(i));
        }
        return (List<T>) List.of(built);
    }
}
