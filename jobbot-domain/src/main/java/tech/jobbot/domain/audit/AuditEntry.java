package tech.jobbot.domain.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the tamper-evident audit log: a security- or privacy-relevant event, about a person
 * named only by a pseudonym, chained to the entry before it by {@link #previousMac()} and sealed by
 * {@link #mac()}, a keyed MAC over its content and that link. Nothing personal is in an entry, so
 * erasing a person never has to touch the chain.
 *
 * @param subject the person's pseudonym (a keyed digest of their account id), if the event concerns one
 * @param detail what happened, without personal data (ids of records, counts, kinds)
 */
public record AuditEntry(long sequence, Instant at, String event, Optional<String> subject, String detail,
        String previousMac, String mac) {
    public static final String GENESIS = "genesis";

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(previousMac, "previousMac");
        Objects.requireNonNull(mac, "mac");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequences start at 1");
        }
    }

    /** The exact text the MAC is computed over: every field but the MAC, unambiguously joined. */
    public static String macInput(long sequence, Instant at, String event, Optional<String> subject, String detail,
            String previousMac) {
        return sequence + "\n" + at + "\n" + event.length() + ":" + event + "\n"
                + subject.map(s -> s.length() + ":" + s).orElse("-") + "\n" + detail.length() + ":" + detail
                + "\n" + previousMac;
    }
}
