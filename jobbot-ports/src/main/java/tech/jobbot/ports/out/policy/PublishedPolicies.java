package tech.jobbot.ports.out.policy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.policy.PolicyDocument;

/**
 * Policy versions an operator published, and how far the notification of affected people has
 * got: a cursor per version, so notifying resumes where it stopped and nobody is told twice.
 */
public interface PublishedPolicies {
    /**
     * Stores a new version.
     *
     * @throws tech.jobbot.ports.out.JobbotException if the region already has that version
     */
    void publish(PolicyDocument document, Instant at);

    List<PolicyDocument> all();

    /** Versions whose notification has not finished, oldest publication first. */
    List<Notification> unfinishedNotifications();

    /** Records progress: everybody up to {@code after} is notified; {@code finishedAt} once all are. */
    void notificationProgress(String region, int version, Optional<AccountId> after, Optional<Instant> finishedAt);

    /** The notification of one version: the last account done, if any. */
    record Notification(String region, int version, Optional<AccountId> after) {
    }
}
