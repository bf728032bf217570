package se.lefi.client.v9.internal;

import java.util.Arrays;
import se.lefi.client.internal.model.DetailsArrays;
import se.lefi.client.model.Details;

/**
 * Collects the values of one JSON object of plain details in slots by the property's index in
 * its {@link JsonTypeModel}, then makes {@link Details} of exactly the names delivered, in
 * delivered order, with a name's repeats in delivered order: what {@link Details.Builder} would
 * make, without its growing arrays or its search for a name already added.
 *
 * <p>The reader keeps one per nesting depth and reuses it for every object at that depth: only
 * the finished details' own arrays are allocated. Not thread-safe.
 *
 * <pre>{@code
 * slots.start(model);
 * slots.add(property.index(), value);          // for each value read
 * Details details = slots.finish(model, names);  // null when nothing was added
 * }</pre>
 */
final class DetailsSlots {

    private Object[] slots = new Object[32];
    /** How many values each slot has: one is held bare, more in an array. */
    private int[] counts = new int[32];
    /** The slots that have a value, in the order their first value came. */
    private int[] order = new int[32];
    private int size;

    /**
     * Starts an object of the model; every slot is empty, since {@link #finish} empties those it used.
     *
     * @param model the object's model
     */
    void start(JsonTypeModel model) {
        int n = model.size();
        if (n > slots.length) {
            slots = new Object[n];
            counts = new int[n];
            order = new int[n];
        }
        size = 0;
    }

    /**
     * Adds a value of a property.
     *
     * @param index the property's index in the model
     * @param value the value, not null
     */
    void add(int index, Object value) {
        int count = counts[index];
        if (count == 0) {
            slots[index] = value;
            order[size++] = index;
        } else if (count == 1) {
            slots[index] = new Object[] {slots[index], value, null, null};
        } else {
            Object[] items = (Object[]) slots[index];
            if (count == items.length) {
                items = Arrays.copyOf(items, count * 2);
                slots[index] = items;
            }
            items[count] = value;
        }
        counts[index] = count + 1;
    }

    /**
     * Makes the details of what was added and empties the slots for the next object.
     *
     * @param model the object's model, as given to {@link #start}
     * @param shared where the names arrays of earlier objects are kept
     * @return the details, or null when no value was added
     */
    Details finish(JsonTypeModel model, SharedNames shared) {
        if (size == 0) {
            return null;
        }
        Object[] values = new Object[size];
        for (int k = 0; k < size; k++) {
            int index = order[k];
            int count = counts[index];
            values[k] = count == 1 ? slots[index] : DetailsArrays.repeated((Object[]) slots[index], count);
            slots[index] = null;
            counts[index] = 0;
        }
        return DetailsArrays.details(shared.names(model, order, size), values);
    }
}
