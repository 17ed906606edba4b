package tech.jobbot.sdk.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.audit.AuditEntry;
import tech.jobbot.domain.audit.AuditVerification;
import tech.jobbot.ports.out.audit.AuditLog;
import tech.jobbot.ports.out.crypto.KeyVault;

/**
 * The tamper-evident audit log. Each entry's MAC is an HMAC (the server's digest key) over its
 * content and the previous entry's MAC, so {@link #verify()} finds any entry edited (its MAC no
 * longer matches), removed or reordered (the sequence has a gap or the link to the previous MAC
 * breaks), and entries cut off the end (the head names a later entry). People appear only as
 * pseudonyms: a keyed digest of their account id.
 */
public final class AuditService {
    private static final String CHAIN = "audit.chain";
    private static final String SUBJECT = "audit.subject";
    private static final String HEAD = "audit.head";
    private static final int PAGE = 1_000;

    private final AuditLog log;
    private final KeyVault vault;
    private final Clock clock;

    public AuditService(AuditLog log, KeyVault vault, Clock clock) {
        this.log = log;
        this.vault = vault;
        this.clock = clock;
    }

    /** Records an event; {@code detail} must hold no personal data (ids of records, counts, kinds). */
    public AuditEntry record(String event, Optional<AccountId> person, String detail) {
        // The detail column holds 1000 characters: an overlong detail is cut, the event still recorded.
        String fitted = detail.length() <= 1000 ? detail : detail.substring(0, 999) + "…";
        return log.append(clock.instant(), event, person.map(this::pseudonym), fitted,
                input -> vault.digest(CHAIN, input).value(), this::headMac);
    }

    /**
     * The head of the chain is sealed too, so rewinding it over entries cut off the end is found:
     * only the holder of the key can seal an earlier head anew.
     */
    private String headMac(long sequence, String mac) {
        return sequence == 0 ? AuditEntry.GENESIS : vault.digest(HEAD, sequence + ":" + mac).value();
    }

    /** The pseudonym a person has in the audit log. */
    public String pseudonym(AccountId person) {
        return vault.digest(SUBJECT, person.value().toString()).value();
    }

    /** Walks the whole chain and says whether it is intact, or where it first breaks. */
    public AuditVerification verify() {
        // The head first: entries appended while the walk runs lie beyond it and are left for next time.
        AuditLog.Head head = log.head();
        if (!MessageDigest.isEqual(headMac(head.lastSequence(), head.lastMac()).getBytes(StandardCharsets.US_ASCII),
                head.headMac().getBytes(StandardCharsets.US_ASCII))) {
            return AuditVerification.broken(0, head.lastSequence(), "the head of the chain was altered");
        }
        long expected = 1;
        String previous = AuditEntry.GENESIS;
        List<AuditEntry> page;
        do {
            page = log.read(expected, (int) Math.min(PAGE, Math.max(0, head.lastSequence() - expected + 1)));
            for (AuditEntry e : page) {
                if (e.sequence() != expected) {
                    return AuditVerification.broken(expected - 1, expected, "entry " + expected + " is missing");
                }
                if (!e.previousMac().equals(previous)) {
                    return AuditVerification.broken(expected - 1, expected, "entry " + expected
                            + " does not follow the entry before it: entries were removed or reordered");
                }
                String mac = vault.digest(CHAIN, AuditEntry.macInput(e.sequence(), e.at(), e.event(), e.subject(),
                        e.detail(), e.previousMac())).value();
                if (!MessageDigest.isEqual(mac.getBytes(StandardCharsets.US_ASCII),
                        e.mac().getBytes(StandardCharsets.US_ASCII))) {
                    return AuditVerification.broken(expected - 1, expected, "entry " + expected + " was edited");
                }
                previous = e.mac();
                expected++;
            }
        } while (page.size() == PAGE && expected <= head.lastSequence());
        if (head.lastSequence() != expected - 1 || !head.lastMac().equals(previous)) {
            return AuditVerification.broken(expected - 1, expected, "the chain ends at entry " + (expected - 1)
                    + " but the head records entry " + head.lastSequence() + ": entries were removed from the end");
        }
        return AuditVerification.intact(expected - 1);
    }
}
