package tech.jobbot.ports.out.interview;

import java.util.List;
import java.util.Optional;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.interview.Interview;
import tech.jobbot.domain.interview.InterviewId;
import tech.jobbot.domain.interview.QuestionId;

/**
 * Interview records, each kept under its owner's data key. Every read names the owner: an
 * interview is found only by the person it belongs to.
 */
public interface InterviewRepository {
    void add(Interview interview);

    /** Replaces the stored interview with the same id. */
    void update(Interview interview);

    Optional<Interview> find(AccountId owner, InterviewId id);

    /** Finds and locks the interview for the rest of the transaction, so concurrent answers queue up. */
    Optional<Interview> findForUpdate(AccountId owner, InterviewId id);

    /** The owner's interviews, newest first. */
    List<Interview> list(AccountId owner);

    /** The ids of the owner's interviews, oldest first: to go through many without holding them all. */
    List<InterviewId> ids(AccountId owner);

    boolean delete(AccountId owner, InterviewId id);

    /** What an idempotency key (by its digest) was first used for in this interview, if it was. */
    Optional<IdempotentAnswer> findByIdempotencyKey(InterviewId id, String keyDigest);

    void rememberIdempotencyKey(InterviewId id, String keyDigest, IdempotentAnswer answer);

    /** Which attempt of which question. */
    record AttemptRef(QuestionId question, int number) {
    }

    /** The attempt a key stored, and a digest of the request that stored it, to tell a retry from a reuse. */
    record IdempotentAnswer(AttemptRef attempt, String requestDigest) {
    }
}
