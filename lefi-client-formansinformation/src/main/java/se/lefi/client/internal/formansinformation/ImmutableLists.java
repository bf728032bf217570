package se.lefi.client.internal.formansinformation;

import java.util.Arrays;
import java.util.List;

/**
 * Makes unmodifiable lists that the model's records take as they are: {@code List.copyOf} returns
 * a list made by {@code List.of} without copying it, so a payment's rows are copied once, not
 * twice, and a list of one or two (most payments) holds no array at all.
 *
 * <pre>{@code
 * List<PaymentLine> lines = ImmutableLists.of(array, count);
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
}
