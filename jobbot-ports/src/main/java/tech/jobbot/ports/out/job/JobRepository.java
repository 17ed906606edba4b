package tech.jobbot.ports.out.job;

import java.util.List;
import java.util.Optional;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.job.Job;
import tech.jobbot.domain.job.JobId;

/** Jobs, each kept under its owner's data key. Reads are by owner: nobody sees another's jobs. */
public interface JobRepository {
    void add(Job job);

    /** Stores the job anew (its owner and id unchanged); false if there is no such job of that owner. */
    boolean replace(Job job);

    Optional<Job> find(AccountId owner, JobId id);

    /** The owner's jobs, newest first. */
    List<Job> list(AccountId owner);

    /** Deletes the owner's job; false if there was none. */
    boolean delete(AccountId owner, JobId id);
}
