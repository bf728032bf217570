package se.lefi.client.tck.logcapture;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/** Holds everything the SDK's loggers wrote during this test JVM's life. */
public final class CapturedLog {

    private static final ConcurrentLinkedQueue<Event> EVENTS = new ConcurrentLinkedQueue<>();

    private CapturedLog() {
    }

    static void add(Event event) {
        EVENTS.add(event);
    }

    /** Returns every event so far, in order. */
    public static List<Event> events() {
        return List.copyOf(EVENTS);
    }

    /**
     * Tells whether SLF4J bound {@link CapturingServiceProvider}: when another provider (or none)
     * is bound, nothing reaches this log and an empty capture proves nothing.
     */
    public static boolean active() {
        return LoggerFactory.getLogger("se.lefi.client") instanceof CapturingLogger;
    }

    /** Returns the class of the logger factory SLF4J bound, to name it when the capture is not active. */
    public static String boundFactory() {
        return LoggerFactory.getILoggerFactory().getClass().getName();
    }

    /**
     * One log event.
     *
     * @param level its level
     * @param logger the logger's name
     * @param message the formatted message
     * @param throwable the logged throwable, or null
     */
    public record Event(Level level, String logger, String message, Throwable throwable) {

        /** Returns everything this event would print: message and the full stack trace with its causes. */
        public String fullText() {
            if (throwable == null) {
                return level + " " + logger + " " + message;
            }
            StringWriter trace = new StringWriter();
            throwable.printStackTrace(new PrintWriter(trace));
            return level + " " + logger + " " + message + System.lineSeparator() + trace;
        }
    }
}
