package se.lefi.client.tck.logcapture;

import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** Keeps every event of an SDK logger, at every level; drops everything of other loggers. */
final class CapturingLogger extends LegacyAbstractLogger {

    private static final long serialVersionUID = 1L;

    private final boolean captured;

    CapturingLogger(String name) {
        this.name = name;
        this.captured = name.startsWith("se.lefi.client");
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String messagePattern, Object[] arguments,
            Throwable throwable) {
        if (captured) {
            String message = MessageFormatter.basicArrayFormat(messagePattern, arguments);
            CapturedLog.add(new CapturedLog.Event(level, name, message, throwable));
        }
    }

    @Override
    public boolean isTraceEnabled() {
        return captured;
    }

    @Override
    public boolean isDebugEnabled() {
        return captured;
    }

    @Override
    public boolean isInfoEnabled() {
        return captured;
    }

    @Override
    public boolean isWarnEnabled() {
        return captured;
    }

    @Override
    public boolean isErrorEnabled() {
        return captured;
    }
}
