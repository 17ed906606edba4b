package tech.jobbot.sdk.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.job.JobPosting;
import tech.jobbot.ports.in.job.JobCreation;
import tech.jobbot.ports.in.job.JobRequest;
import tech.jobbot.ports.out.job.PageFetch;
import tech.jobbot.sdk.JobbotHarness;

/** Link fetches are limited per person, so Jobbot cannot be turned into a scanner of other sites. */
class JobLinkLimitTest {
    @TempDir
    Path dataDir;

    @Test
    void the_thirty_first_link_in_an_hour_is_refused_without_being_fetched() {
        AtomicInteger fetches = new AtomicInteger();
        try (JobbotHarness h = JobbotHarness.start(dataDir, b -> b.jobPageFetcher(link -> {
            fetches.incrementAndGet();
            return new PageFetch.Fetched(JobPosting.ofText("Data Analyst\nWrite SQL queries."), link);
        }))) {
            AccountId me = h.signInFully(JobbotHarness.email("links@example.com")).account();
            for (int i = 0; i < JobService.LINK_FETCHES.max(); i++) {
                assertInstanceOf(JobCreation.Created.class,
                        h.jobbot.createJob(me, JobRequest.ofLink(URI.create("https://jobs.example.com/" + i))));
            }
            JobCreation.LinkLimited limited = assertInstanceOf(JobCreation.LinkLimited.class,
                    h.jobbot.createJob(me, JobRequest.ofLink(URI.create("https://jobs.example.com/more"))));
            assertTrue(limited.retryAfter().compareTo(Duration.ZERO) > 0);
            assertEquals(JobService.LINK_FETCHES.max(), fetches.get(), "the refused link was not fetched");
            assertInstanceOf(JobCreation.Created.class, h.jobbot.createJob(me, JobRequest.ofTitle("Data Analyst")),
                    "a title or a description still works");

            AccountId other = h.signInFully(JobbotHarness.email("other.links@example.com")).account();
            assertInstanceOf(JobCreation.Created.class,
                    h.jobbot.createJob(other, JobRequest.ofLink(URI.create("https://jobs.example.com/x"))),
                    "the limit is per person");
            h.clock.advance(Duration.ofHours(1));
            assertInstanceOf(JobCreation.Created.class,
                    h.jobbot.createJob(me, JobRequest.ofLink(URI.create("https://jobs.example.com/later"))));
        }
    }
}
