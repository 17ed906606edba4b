package tech.jobbot.sdk.sharing;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.consent.ConsentChoice;
import tech.jobbot.domain.consent.Purposes;
import tech.jobbot.domain.interview.Interview;
import tech.jobbot.domain.interview.InterviewId;
import tech.jobbot.domain.sharing.Disclosure;
import tech.jobbot.domain.sharing.ReportShare;
import tech.jobbot.ports.in.consent.ConsentContext;
import tech.jobbot.ports.in.consent.ManageConsents;
import tech.jobbot.ports.in.sharing.ShareReports;
import tech.jobbot.ports.out.crypto.KeyVault;
import tech.jobbot.ports.out.interview.InterviewRepository;
import tech.jobbot.ports.out.sharing.ReportShares;
import tech.jobbot.ports.out.tx.Transactions;
import tech.jobbot.sdk.consent.ConsentGate;

/**
 * Report sharing under policy §4. Making a share records the consent to share with its recipient
 * in the ledger, in the same transaction; opening a link asks the consent gate every time, so a
 * withdrawal (in settings, by GPC, or by revoking) closes every link to that recipient at once, and
 * for good: links made before a withdrawal stay closed even if consent is given again later.
 */
public final class SharingService implements ShareReports {
    private static final String TOKEN_DIGEST = "share.report-link";

    private final Transactions tx;
    private final ReportShares shares;
    private final InterviewRepository interviews;
    private final ManageConsents consents;
    private final ConsentGate gate;
    private final KeyVault vault;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public SharingService(Transactions tx, ReportShares shares, InterviewRepository interviews,
            ManageConsents consents, ConsentGate gate, KeyVault vault, Clock clock) {
        this.tx = tx;
        this.shares = shares;
        this.interviews = interviews;
        this.consents = consents;
        this.gate = gate;
        this.vault = vault;
        this.clock = clock;
    }

    @Override
    public CreatedShare shareReport(AccountId owner, InterviewId interview, String recipient, Duration validFor,
            ConsentContext context) {
        ReportShare share = ReportShare.create(owner, interview, recipient, validFor, clock.instant());
        Interview found = interviews.find(owner, interview)
                .orElseThrow(() -> new IllegalArgumentException("no interview " + interview.value() + " of yours"));
        if (found.report().isEmpty()) {
            throw new IllegalArgumentException("finish the interview first: only its report can be shared");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tx.run(() -> {
            consents.changeConsents(owner, Map.of(share.purpose(), true), context);
            shares.add(share, digest(token));
        });
        return new CreatedShare(share, token);
    }

    @Override
    public List<ReportShare> shares(AccountId owner) {
        return shares.shares(owner);
    }

    @Override
    public List<Disclosure> disclosures(AccountId owner) {
        return shares.disclosures(owner);
    }

    @Override
    public boolean revokeShare(AccountId owner, UUID shareId, ConsentContext context) {
        return tx.inTransaction(() -> {
            Instant now = clock.instant();
            Optional<ReportShare> share = shares.shares(owner).stream().filter(s -> s.id().equals(shareId))
                    .findFirst();
            if (share.isEmpty() || !shares.revoke(owner, shareId, now)) {
                return false;
            }
            boolean othersOpen = shares.shares(owner).stream().anyMatch(s -> !s.id().equals(shareId)
                    && s.partnerSlug().equals(share.get().partnerSlug()) && s.isOpenAt(now));
            if (!othersOpen) {
                consents.changeConsents(owner, Map.of(share.get().purpose(), false), context);
            }
            return true;
        });
    }

    @Override
    public Optional<SharedReport> openShare(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return shares.findByTokenDigest(digest(token))
                .filter(s -> s.isOpenAt(now))
                .filter(s -> gate.mayUse(s.owner(), Purposes.sharing(s.partnerSlug(), s.recipient())))
                .filter(s -> !withdrawnSince(s))
                .flatMap(s -> interviews.find(s.owner(), s.interview())
                        .filter(i -> i.report().isPresent())
                        .map(i -> {
                            shares.recordDisclosure(new Disclosure(UUID.randomUUID(), s.id(), s.owner(),
                                    s.recipient(), "the report of your interview for \"" + i.job().title()
                                            + "\" (" + i.id().value() + ")", now));
                            return new SharedReport(s.recipient(), i.job().title(), i.report().orElseThrow(),
                                    s.expiresAt());
                        }));
    }

    /**
     * Whether consent to share with the recipient was withdrawn after the share was made: a
     * withdrawal closes every link made before it for good, and granting again (e.g. by sharing
     * anew) does not bring them back.
     */
    private boolean withdrawnSince(ReportShare share) {
        return consents.consentHistory(share.owner()).stream()
                .anyMatch(r -> r.purpose().equals(share.purpose()) && r.choice() == ConsentChoice.WITHDRAWN
                        && !r.at().isBefore(share.createdAt()));
    }

    private String digest(String token) {
        return vault.digest(TOKEN_DIGEST, token).value();
    }
}
