package tech.jobbot.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tech.jobbot.domain.account.Account;
import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.job.Job;
import tech.jobbot.domain.job.JobId;
import tech.jobbot.domain.job.JobProfile;
import tech.jobbot.domain.job.JobSource;
import tech.jobbot.domain.job.Seniority;
import tech.jobbot.domain.job.SkillId;
import tech.jobbot.ports.out.job.JobRepository;

/** The {@link JobRepository} contract. */
abstract class JobRepositoryContract extends PersistenceContract {
    private AccountId owner;
    private AccountId stranger;

    @BeforeEach
    void owners() {
        owner = account("owner@example.com");
        stranger = account("stranger@example.com");
    }

    private AccountId account(String email) {
        AccountId id = new AccountId(UUID.randomUUID());
        persistence.accounts().add(Account.registerByEmail(id, EmailAddress.parse(email), clock.instant()));
        return id;
    }

    static JobProfile profile(String title) {
        return new JobProfile(title, Optional.of("Northwind Clinic"),
                "We look for a nurse who triages patients in a busy emergency department.",
                List.of("Triage incoming patients"), List.of("Registered nurse licence", "2 years ER experience"),
                List.of(new SkillId("triage"), new SkillId("patient-care")), Seniority.MID, Optional.of("FULL_TIME"));
    }

    private JobRepository jobs() {
        return persistence.jobs();
    }

    @Test
    void a_job_is_stored_whole_and_found_by_its_owner_only() {
        Job job = new Job(new JobId(UUID.randomUUID()), owner, JobSource.LINK,
                Optional.of("https://jobs.example.com/er-nurse"), profile("ER Nurse"), clock.instant());
        jobs().add(job);
        assertEquals(Optional.of(job), jobs().find(owner, job.id()));
        assertEquals(Optional.empty(), jobs().find(stranger, job.id()), "invisible to anyone else");
        assertFalse(jobs().delete(stranger, job.id()));
        assertTrue(jobs().delete(owner, job.id()));
        assertEquals(Optional.empty(), jobs().find(owner, job.id()));
    }

    @Test
    void jobs_are_listed_newest_first_and_sealed() throws Exception {
        Job first = new Job(new JobId(UUID.randomUUID()), owner, JobSource.TITLE, Optional.empty(),
                profile("Charge Nurse"), clock.instant());
        jobs().add(first);
        clock.advance(Duration.ofMinutes(1));
        Job second = new Job(new JobId(UUID.randomUUID()), owner, JobSource.DESCRIPTION, Optional.empty(),
                profile("Night Nurse"), clock.instant());
        jobs().add(second);
        assertEquals(List.of(second, first), jobs().list(owner));
        assertEquals(List.of(), jobs().list(stranger));
        assertEquals(List.of(), columnsContaining("busy emergency department"), "descriptions are sealed");
        assertEquals(List.of(), columnsContaining("Night Nurse"));
    }
}
