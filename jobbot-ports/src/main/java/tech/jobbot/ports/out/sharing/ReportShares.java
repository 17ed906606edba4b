package tech.jobbot.ports.out.sharing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.sharing.Disclosure;
import tech.jobbot.domain.sharing.ReportShare;

/**
 * Shares and the disclosures made through them. A share's link token is never stored, only its
 * keyed digest; the recipient's name and what was disclosed are kept encrypted under the owner's key.
 */
public interface ReportShares {
    void add(ReportShare share, String tokenDigest);

    Optional<ReportShare> findByTokenDigest(String tokenDigest);

    /** The person's shares, newest first. */
    List<ReportShare> shares(AccountId owner);

    /** Revokes one of the person's shares; false if they have no such share still unrevoked. */
    boolean revoke(AccountId owner, UUID shareId, Instant at);

    void recordDisclosure(Disclosure disclosure);

    /** Every disclosure of the person's data, oldest first. */
    List<Disclosure> disclosures(AccountId owner);
}
