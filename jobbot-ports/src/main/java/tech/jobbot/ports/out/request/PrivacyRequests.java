package tech.jobbot.ports.out.request;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.request.PrivacyRequest;

/** Complaints and privacy requests; what was asked and answered is kept sealed under the requester's key. */
public interface PrivacyRequests {
    void add(PrivacyRequest request);

    void update(PrivacyRequest request);

    /** Finds and locks one request for the rest of the transaction. */
    Optional<PrivacyRequest> findForUpdate(UUID id);

    /** The person's requests, newest first. */
    List<PrivacyRequest> of(AccountId requester);

    /** Every request not closed, the earliest due first: the staff's queue. */
    List<PrivacyRequest> notClosed(int limit);
}
