package tech.jobbot.ports.out.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import tech.jobbot.domain.audit.AuditEntry;

/**
 * The tamper-evident audit log's storage: appends are serialised, so each entry links to exactly
 * the one before it. Reading returns entries as stored, in sequence order, for verification.
 */
public interface AuditLog {
    /**
     * Appends an event: takes the head of the chain under a lock, computes the entry's MAC with
     * {@code mac} (over {@link AuditEntry#macInput}), stores it and moves the head, in one transaction.
     */
    AuditEntry append(Instant at, String event, Optional<String> subject, String detail, Function<String, String> mac,
            java.util.function.BiFunction<Long, String, String> headMac);

    /** Up to {@code limit} entries from {@code fromSequence} on, in stored order of sequence. */
    List<AuditEntry> read(long fromSequence, int limit);

    /** The sequence and MAC of the newest entry, as the head records them. */
    Head head();

    record Head(long lastSequence, String lastMac, String headMac) {
    }
}
