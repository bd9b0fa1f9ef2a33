package io.jnetlink.route.testing;

import java.util.Arrays;

/** Releasing what a test opened, so that one failed close does not leak the rest (namespaces above all). */
public final class Closeables {
    private Closeables() {
    }

    /** {@link #closeAll(Iterable)} of {@code resources}, in the order given. */
    public static void closeAll(AutoCloseable... resources) throws Exception {
        closeAll(Arrays.asList(resources));
    }

    /**
     * Closes each of {@code resources} in order, skipping nulls (what a failed set-up never
     * opened), even after one failed; then throws the first failure, with the later ones suppressed.
     */
    public static void closeAll(Iterable<? extends AutoCloseable> resources) throws Exception {
        Exception first = null;
        for (AutoCloseable resource : resources) {
            if (resource == null) {
                continue;
            }
            try {
                resource.close();
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
