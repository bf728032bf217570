package se.lefi.client.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Shows progress on standard error: on a terminal a bar rewritten in place; otherwise (a log
 * file, CI) a plain line at every tenth, so that no carriage returns end up in files.
 */
final class Progress {

    private static final int BAR = 30;

    private final PrintStream err;
    private final boolean terminal;
    private final boolean enabled;
    private final int total;
    private int done;
    private int failed;
    private int lastTenth;

    Progress(PrintStream err, boolean terminal, boolean enabled, int total) {
        this.err = err;
        this.terminal = terminal;
        this.enabled = enabled && total > 1;
        this.total = total;
    }

    /** Counts one finished person; synchronized so the numbers shown only ever rise. */
    synchronized void finished(boolean ok) {
        done++;
        if (!ok) {
            failed++;
        }
        if (!enabled) {
            return;
        }
        if (terminal) {
            int filled = done * BAR / total;
            err.printf(Locale.ROOT, "\r[%s%s] %d/%d, %d failed", "#".repeat(filled), ".".repeat(BAR - filled), done,
                    total, failed);
            if (done == total) {
                err.println();
            }
            err.flush();
        } else {
            int tenth = done * 10 / total;
            if (tenth > lastTenth) {
                lastTenth = tenth;
                err.printf(Locale.ROOT, "lefi: %d/%d done, %d failed%n", done, total, failed);
            }
        }
    }
}
