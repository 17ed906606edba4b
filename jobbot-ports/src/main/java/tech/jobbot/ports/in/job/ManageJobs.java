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

    /**
     * Replaces the skills Jobbot recognised in the job with the person's correction.
     *
     * @return the corrected job, or empty if it is not the person's
     * @throws IllegalArgumentException naming skills that are not in the taxonomy, or too many
     */
    Optional<Job> correctSkills(AccountId owner, JobId id, List<tech.jobbot.domain.job.SkillId> skills);
}
