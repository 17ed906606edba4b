package tech.jobbot.ports.in.request;

import java.util.List;
import java.util.UUID;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.request.PrivacyRequest;
import tech.jobbot.domain.request.RequestKind;

/**
 * Complaints and privacy requests (policy §7, §10): a person files one; it is due within the
 * configured response time; staff reply, which reaches the person in their inbox and by email.
 */
public interface HandleRequests {
    /** @throws IllegalArgumentException for a blank or over-long subject or text */
    PrivacyRequest fileRequest(AccountId person, RequestKind kind, String subject, String body);

    /** The person's requests with their history, newest first. */
    List<PrivacyRequest> requests(AccountId person);

    /** Staff: requests not closed, the earliest due first; overdue ones are flagged by {@link PrivacyRequest#overdueAt}. */
    List<PrivacyRequest> openRequests(int limit);

    /**
     * Staff reply to a request, delivered as an in-site message and an email; {@code close} ends it.
     *
     * @throws java.util.NoSuchElementException if there is no such request
     * @throws IllegalStateException if it is closed already
     */
    PrivacyRequest replyToRequest(UUID request, String text, boolean close);
}
