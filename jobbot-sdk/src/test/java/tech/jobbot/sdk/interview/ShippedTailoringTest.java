package tech.jobbot.sdk.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.interview.Interview;
import tech.jobbot.domain.interview.Question;
import tech.jobbot.domain.job.Job;
import tech.jobbot.domain.job.JobProfile;
import tech.jobbot.ports.in.interview.InterviewOutcome;
import tech.jobbot.ports.in.job.JobCreation;
import tech.jobbot.ports.in.job.JobRequest;
import tech.jobbot.sdk.JobbotHarness;

/**
 * Tailoring as a user gets it: postings pasted in, read with the shipped taxonomy, planned by the
 * built-in interviewer. At least 80% of the questions must name something of the job itself.
 */
class ShippedTailoringTest {
    private static final List<String> POSTINGS = List.of("""
            Backend Engineer (Java)
            Responsibilities:
            - Design REST APIs with Spring Boot
            - Run our services on Kubernetes and AWS
            Requirements:
            - 4 years of Java and PostgreSQL
            - Experience with Kafka and CI/CD pipelines
            """, """
            Registered Nurse, Cardiac Ward
            You will assess patients, give medication and monitor telemetry.
            Requirements:
            - Current RN licence and BLS certification
            - Experience with electronic health records and wound care
            """, """
            Account Executive, SaaS
            Responsibilities:
            - Own the full sales cycle from prospecting to closing
            - Keep an accurate pipeline in Salesforce
            Requirements:
            - 3 years of B2B sales, strong negotiation skills
            """, """
            Primary School Teacher (Year 4)
            Plan lessons across the curriculum, differentiate for mixed abilities and assess progress.
            Requirements:
            - Qualified teacher status and classroom management experience
            """, """
            Warehouse Supervisor
            Responsibilities:
            - Lead a team of 20 pickers on the night shift
            - Track KPIs and inventory accuracy in our WMS
            Requirements:
            - Forklift certification, health and safety knowledge
            """, """
            Financial Analyst
            Build the monthly forecast and budget variance reports in Excel, support the close and
            present insights to finance leadership. Requirements: financial modelling, SQL a plus.
            """, """
            Digital Marketing Manager
            Responsibilities:
            - Run paid campaigns on Google Ads and Meta
            - Own SEO and content marketing, report on conversion rates
            """, """
            Customer Support Specialist
            Resolve tickets in Zendesk by chat and email, de-escalate upset customers and write
            help-centre articles. Requirements: excellent written communication.
            """);

    @TempDir
    java.nio.file.Path dataDir;
    JobbotHarness h;
    AccountId me;

    @BeforeEach
    void start() {
        h = JobbotHarness.start(dataDir);
        me = h.signInFully(JobbotHarness.email("tailor@example.com")).account();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void questions_name_the_job_and_differ_between_jobs() {
        int questions = 0;
        int specific = 0;
        List<Set<String>> plans = new ArrayList<>();
        for (String posting : POSTINGS) {
            Job job = assertInstanceOf(JobCreation.Created.class,
                    h.jobbot.createJob(me, JobRequest.ofDescription(posting))).job();
            Interview interview = assertInstanceOf(InterviewOutcome.Done.class,
                    h.jobbot.startInterview(me, job.id(), 6)).interview();
            Set<String> texts = new HashSet<>();
            for (Question q : interview.questions()) {
                texts.add(q.text());
                questions++;
                if (namesTheJob(q.text(), job.profile())) {
                    specific++;
                }
            }
            assertEquals(6, texts.size(), "no duplicates for " + job.profile().title());
            plans.add(texts);
        }
        int overlapMax = 0;
        for (int i = 0; i < plans.size(); i++) {
            for (int j = i + 1; j < plans.size(); j++) {
                Set<String> shared = new HashSet<>(plans.get(i));
                shared.retainAll(plans.get(j));
                overlapMax = Math.max(overlapMax, shared.size());
            }
        }
        double share = 100.0 * specific / questions;
        System.out.printf(Locale.ROOT, "shipped tailoring: jobs=%d questions=%d specificShare=%.1f%% overlapMax=%d%n",
                POSTINGS.size(), questions, share, overlapMax);
        assertTrue(share >= 80.0, "only " + share + "% of questions name the job");
        assertTrue(overlapMax <= 1, "plans of different jobs share " + overlapMax + " questions");
    }

    /** A skill of the job by name, four words in a row from its duties or requirements, or its title. */
    private boolean namesTheJob(String question, JobProfile job) {
        String q = question.toLowerCase(Locale.ROOT);
        for (var id : job.skills()) {
            if (q.contains(h.jobbot.skillTaxonomy().get(id).name().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        List<String> clauses = new ArrayList<>(job.responsibilities());
        clauses.addAll(job.requirements());
        for (String clause : clauses) {
            String[] words = clause.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", " ").trim().split("\\s+");
            for (int i = 0; i + 4 <= words.length; i++) {
                if (q.replaceAll("[^\\p{L}\\p{N} ]", " ").replaceAll("\\s+", " ")
                        .contains(String.join(" ", List.of(words).subList(i, i + 4)))) {
                    return true;
                }
            }
        }
        return q.contains(job.title().toLowerCase(Locale.ROOT));
    }
}
