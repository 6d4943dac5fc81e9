package com.nordhost.clientarea.persistence.metrics;

import com.nordhost.clientarea.domain.audit.AuditEventType;
import com.nordhost.clientarea.domain.audit.SecurityEventLog;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Security events of this server counted by kind, from the lines every audit event writes under the logger
 * {@value SecurityEventLog#LOGGER} ({@code security event=LOGIN_FAILED account=7 ip=...}). That logger is the
 * server's, not an app's, so one counter sees the client area's and the back-office's events alike, with no
 * coupling between the two WARs. Counting stops if an operator turns that logger below INFO.
 */
final class SecurityEventCounts extends Handler {

    private static final Pattern EVENT = Pattern.compile("^security event=([A-Z0-9_]+) ");

    private final Map<AuditEventType, LongAdder> counts = new EnumMap<>(AuditEventType.class);
    private final Logger logger = Logger.getLogger(SecurityEventLog.LOGGER);

    SecurityEventCounts() {
        for (AuditEventType type : AuditEventType.values()) {
            counts.put(type, new LongAdder());
        }
        setLevel(Level.INFO);
    }

    void attach() {
        logger.addHandler(this);
    }

    void detach() {
        logger.removeHandler(this);
    }

    long count(AuditEventType type) {
        return counts.get(type).sum();
    }

    @Override
    public void publish(LogRecord record) {
        String message = record.getMessage();
        if (message == null) {
            return;
        }
        Matcher m = EVENT.matcher(message);
        if (m.find()) {
            try {
                counts.get(AuditEventType.valueOf(m.group(1))).increment();
            } catch (IllegalArgumentException unknownToThisVersion) {
                // An event of a newer app version on the same server: not counted here.
            }
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
