package tech.jobbot.ports.in.job;

import java.util.List;
import java.util.Optional;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.job.Job;
import tech.jobbot.domain.job.JobId;

/** Job intake (privacy policy §2: job title, link or description) and the person's list of jobs. */
public interface ManageJobs {
    JobCreation createJob(AccountId owner, JobRequest request);

    List<Job> jobs(AccountId owner);

    Optional<Job> job(AccountId owner, JobId id);

    boolean deleteJob(AccountId owner, JobId id);
}
