package tech.jobbot.ports.in.sharing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.interview.InterviewId;
import tech.jobbot.domain.interview.InterviewReport;
import tech.jobbot.domain.sharing.Disclosure;
import tech.jobbot.domain.sharing.ReportShare;
import tech.jobbot.ports.in.consent.ConsentContext;

/**
 * Sharing an interview report with a named third party (policy §4): only by explicit consent for
 * that recipient, through a link that expires and can be revoked; every disclosure is recorded.
 */
public interface ShareReports {
    /**
     * Grants consent to share with the recipient (recorded in the ledger) and makes a link to the
     * finished interview's report.
     *
     * @throws IllegalArgumentException if the recipient or validity is invalid, or the interview is
     *     not the person's or not finished
     * @throws IllegalStateException if the person may not share (a supervised minor without their
     *     guardian's consent)
     */
    CreatedShare shareReport(AccountId owner, InterviewId interview, String recipient, Duration validFor,
            ConsentContext context);

    /** The person's shares, newest first. */
    List<ReportShare> shares(AccountId owner);

    /** Every disclosure of the person's data to a third party, oldest first. */
    List<Disclosure> disclosures(AccountId owner);

    /**
     * Revokes a share: its link stops working at once. When no other open share goes to the same
     * recipient, the consent to share with them is withdrawn too. False if there is no such share.
     */
    boolean revokeShare(AccountId owner, UUID shareId, ConsentContext context);

    /**
     * What the holder of a link sees, recorded as a disclosure; empty (never a reason) when the
     * link is unknown, expired, revoked, or the consent behind it was withdrawn.
     */
    Optional<SharedReport> openShare(String token);

    /** A new share and its link token, which is shown once and never stored. */
    record CreatedShare(ReportShare share, String token) {
        public CreatedShare {
            Objects.requireNonNull(share, "share");
            Objects.requireNonNull(token, "token");
        }
    }

    /** A report as its recipient sees it: no account details, only the job and the results. */
    record SharedReport(String recipient, String jobTitle, InterviewReport report, Instant expiresAt) {
    }
}
