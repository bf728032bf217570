package se.lefi.client.internal.model;

import java.util.Objects;
import se.lefi.client.model.Details;

/**
 * Makes {@link Details} from arrays a decoder has already sized and ordered, for the SDK's own
 * decoders only: a decoder that collects an object's values in slots by property knows every
 * name and how many values each has, so it needs neither the builder's growing arrays nor its
 * search for a name that was already added.
 *
 * <p>{@code Details} installs its maker here when its class initialises; nothing else can.
 * The arrays are taken over, not copied: the caller must not touch them afterwards.
 *
 * <pre>{@code
 * Object days = DetailsArrays.repeated(new Object[] {monday, tuesday}, 2);
 * Details d = DetailsArrays.details(new String[] {"dag", "karens"}, new Object[] {days, true});
 * }</pre>
 */
public final class DetailsArrays {

    /** What {@code Details} provides: its private constructor and repeated-value holder. */
    public interface Maker {

        /**
         * Makes details.
         *
         * @param names distinct names in delivered order, taken over
         * @param values for each name its value, or what {@link #repeated} made, taken over
         * @return the details
         */
        Details details(String[] names, Object[] values);

        /**
         * Makes the holder of a name's several values.
         *
         * @param items the values in delivered order, none null, taken over
         * @param count how many of the items are values, at least two
         * @return the holder, to be put among the values of {@link #details}
         */
        Object repeated(Object[] items, int count);
    }

    private static volatile Maker maker;

    private DetailsArrays() {
    }

    /**
     * Installs the maker; {@code Details} calls this once, from its static initialiser.
     *
     * @param detailsMaker the maker, a nested class of {@code Details}
     * @throws IllegalStateException when the maker is not {@code Details}' own or one is installed
     */
    public static synchronized void install(Maker detailsMaker) {
        if (detailsMaker.getClass().getNestHost() != Details.class || maker != null) {
            throw new IllegalStateException("only Details installs its maker, once");
        }
        maker = detailsMaker;
    }

    /**
     * Makes details from sized arrays.
     *
     * @param names distinct names in delivered order, taken over
     * @param values for each name its value, or what {@link #repeated} made, taken over
     * @return the details ({@link Details#empty()} when there are no names)
     */
    public static Details details(String[] names, Object[] values) {
        if (names.length != values.length) {
            throw new IllegalArgumentException("names and values differ in length");
        }
        return maker().details(names, values);
    }

    /**
     * Makes the holder of a name's several values.
     *
     * @param items the values in delivered order, none null, taken over
     * @param count how many of the items are values, at least two
     * @return the holder, to be put among the values of {@link #details}
     */
    public static Object repeated(Object[] items, int count) {
        if (count < 2 || count > items.length) {
            throw new IllegalArgumentException("a repeated value has two values or more: " + count);
        }
        return maker().repeated(items, count);
    }

    private static Maker maker() {
        Maker m = maker;
        if (m == null) {
            // Initialising Details installs its maker.
            Objects.requireNonNull(Details.empty());
            m = maker;
        }
        return m;
    }
}
