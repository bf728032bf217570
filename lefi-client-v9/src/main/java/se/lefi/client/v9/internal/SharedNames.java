package se.lefi.client.v9.internal;

import java.util.Arrays;

/**
 * Hands out one names array for every object of a model that delivers the same names in the same
 * order: an answer's thousands of payments then share one array instead of holding a copy each.
 * {@link se.lefi.client.model.Details} never changes its names, so sharing is safe.
 *
 * <p>Keeps the last few arrays made per model (by {@link JsonTypeModel#id()}). Not thread-safe:
 * one instance per answer.
 *
 * <pre>{@code
 * String[] names = shared.names(model, order, size);
 * }</pre>
 */
final class SharedNames {

    /** How many names arrays are kept per model: an answer's payments come in a few shapes, alternating. */
    private static final int KEPT = 4;

    private String[][][] byModel = new String[64][][];

    /**
     * Returns the names of the given properties.
     *
     * @param model the model the properties belong to
     * @param order property indexes in delivered order
     * @param size how many of them count
     * @return the names, in that order; the caller must not change the array
     */
    String[] names(JsonTypeModel model, int[] order, int size) {
        int id = model.id();
        if (id >= byModel.length) {
            byModel = Arrays.copyOf(byModel, Math.max(id + 1, byModel.length * 2));
        }
        JsonTypeModel.Property[] properties = model.properties();
        String[][] kept = byModel[id];
        if (kept == null) {
            kept = new String[KEPT][];
            byModel[id] = kept;
        }
        for (int k = 0; k < KEPT; k++) {
            String[] known = kept[k];
            if (known == null) {
                break;
            }
            if (known.length == size && same(known, properties, order)) {
                return known;
            }
        }
        String[] names = new String[size];
        for (int k = 0; k < size; k++) {
            names[k] = properties[order[k]].name();
        }
        // The newest first; the oldest drops out.
        System.arraycopy(kept, 0, kept, 1, KEPT - 1);
        kept[0] = names;
        return names;
    }

    private static boolean same(String[] known, JsonTypeModel.Property[] properties, int[] order) {
        for (int k = 0; k < known.length; k++) {
            if (known[k] != properties[order[k]].name()) {
                return false;
            }
        }
        return true;
    }
}
