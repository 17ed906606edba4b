package tech.jobbot.sdk.recommendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.Background;
import tech.jobbot.domain.consent.ConsentMethod;
import tech.jobbot.domain.consent.PurposeKey;
import tech.jobbot.domain.interview.Interview;
import tech.jobbot.domain.interview.Question;
import tech.jobbot.domain.job.Job;
import tech.jobbot.domain.job.SkillId;
import tech.jobbot.domain.recommendation.GapSource;
import tech.jobbot.domain.recommendation.Recommendation;
import tech.jobbot.domain.recommendation.SkillGap;
import tech.jobbot.ports.in.consent.ConsentContext;
import tech.jobbot.ports.in.interview.InterviewOutcome;
import tech.jobbot.ports.in.job.JobCreation;
import tech.jobbot.ports.in.job.JobRequest;
import tech.jobbot.ports.in.recommendation.RecommendationOutcome;
import tech.jobbot.sdk.JobbotHarness;

/**
 * The acceptance of recommendations, through the SDK with the shipped taxonomy and catalog: for
 * jobs in different fields, answers that show some of the job's skills and miss others get
 * recommendations for the missed ones only, each saying which skill and where the posting asks for it.
 */
class RecommendationAcceptanceTest {
    /**
     * A posting, an answer that demonstrates some of its skills, and by hand which skills the answer
     * shows and which the posting asks for that it misses.
     */
    record Fixture(String field, String posting, String answer, Set<String> shows, Set<String> misses) {
        @Override
        public String toString() {
            return field;
        }
    }

    static List<Fixture> fixtures() {
        return List.of(
                new Fixture("data", """
                        Data Analyst
                        Requirements:
                        - Strong SQL for reporting
                        - Tableau dashboards for the sales team
                        - Python for automation
                        - Statistics and A/B testing
                        """, "At Contoso I wrote SQL queries every day to build the weekly revenue report, and I "
                        + "automated the export with a Python script. As a result the report took one hour instead "
                        + "of a day, and the finance team used it for every forecast.", Set.of("sql", "python"),
                        Set.of("tableau", "statistics", "ab-testing")),
                new Fixture("nursing", """
                        Registered Nurse, Emergency Department
                        Requirements:
                        - Triage of incoming patients
                        - Medication administration
                        - Wound care
                        - Electronic health records
                        """, "On a busy night shift I handled the triage of twelve patients in an hour and spotted "
                        + "a sepsis case early. I escalated it to the doctor myself, and the patient was on "
                        + "antibiotics within 30 minutes.", Set.of("triage"),
                        Set.of("medication-administration", "wound-care")),
                new Fixture("sales", """
                        Account Executive
                        Requirements:
                        - Salesforce to manage the pipeline
                        - Negotiation with procurement teams
                        - Cold calling and prospecting
                        - Product demos
                        """, "Last quarter I kept my whole pipeline in Salesforce and noticed twenty stalled deals. "
                        + "I called each buyer myself, reopened eight of them, and closed five, which was 40 percent "
                        + "of my quota.", Set.of("salesforce"),
                        Set.of("negotiation", "cold-calling", "prospecting", "product-demos")),
                new Fixture("teaching", """
                        Primary School Teacher
                        Requirements:
                        - Lesson planning across the curriculum
                        - Classroom management
                        - Differentiated instruction
                        - Assessment of student progress
                        """, "In my placement class I took over lesson planning for maths and set up a new "
                        + "classroom management routine with clear signals. I tracked behaviour incidents, and they "
                        + "fell from ten a week to three by the end of term.", Set.of("lesson-planning", "classroom-management"),
                        Set.of("differentiated-instruction", "student-assessment")),
                new Fixture("logistics", """
                        Warehouse Supervisor
                        Requirements:
                        - Inventory management
                        - Forklift certification
                        - Health and safety
                        - Team leadership on shifts
                        """, "I was responsible for inventory management in our cold store. I introduced weekly "
                        + "cycle counts that I ran myself, and stock accuracy went from 91 to 99 percent in three "
                        + "months.", Set.of("inventory-management"),
                        Set.of("forklift")),
                new Fixture("software", """
                        Backend Engineer
                        Requirements:
                        - Java and Spring Boot
                        - PostgreSQL
                        - Docker and Kubernetes
                        - CI/CD pipelines
                        """, "I rebuilt our billing service in Java with Spring Boot. I profiled the slowest "
                        + "endpoint, rewrote its PostgreSQL queries, and added an index myself, so the p99 latency "
                        + "fell from 2 seconds to 300 ms.", Set.of("java", "spring-boot", "postgresql"),
                        Set.of("docker", "kubernetes", "ci-cd")));
    }

    @TempDir
    java.nio.file.Path dataDir;
    JobbotHarness h;
    AccountId me;

    @BeforeEach
    void start() {
        h = JobbotHarness.start(dataDir);
        me = h.signInFully(JobbotHarness.email("learner@example.com")).account();
        personalisation(true);
    }

    private void personalisation(boolean consent) {
        h.jobbot.changeConsents(me, Map.of(PurposeKey.PERSONALIZATION_RECOMMENDATIONS, consent),
                new ConsentContext(ConsentMethod.SETTINGS, Optional.empty(), Optional.empty()));
    }

    @AfterEach
    void stop() {
        h.close();
    }

    /** Creates the job, answers its first question with the fixture's answer, and returns the job. */
    private Job practised(Fixture fixture) {
        return practised(me, fixture);
    }

    private Job practised(AccountId owner, Fixture fixture) {
        Job job = assertInstanceOf(JobCreation.Created.class,
                h.jobbot.createJob(owner, JobRequest.ofDescription(fixture.posting()))).job();
        Interview interview = assertInstanceOf(InterviewOutcome.Done.class,
                h.jobbot.startInterview(owner, job.id(), 3)).interview();
        Question first = interview.nextQuestion().orElseThrow();
        assertInstanceOf(InterviewOutcome.Answered.class,
                h.jobbot.answer(owner, interview.id(), first.id(), fixture.answer(), Optional.empty(), c -> { }));
        return job;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void recommendations_close_the_skills_the_answers_missed_and_never_the_shown_ones(Fixture fixture) {
        Job job = practised(fixture);
        RecommendationOutcome.Recommended result = assertInstanceOf(RecommendationOutcome.Recommended.class,
                h.jobbot.recommendations(me, job.id(), 5));
        Set<SkillId> gapSkills = result.gaps().stream().map(SkillGap::skill).collect(Collectors.toSet());
        Set<SkillId> shown = fixture.shows().stream().map(SkillId::new).collect(Collectors.toSet());
        Set<SkillId> missed = fixture.misses().stream().map(SkillId::new).collect(Collectors.toSet());
        assertTrue(job.profile().skills().containsAll(shown) && job.profile().skills().containsAll(missed),
                fixture + ": the posting asks for every labelled skill: " + job.profile().skills());
        shown.forEach(s -> assertFalse(gapSkills.contains(s), fixture + ": " + s + " was shown, so no gap"));
        missed.forEach(s -> assertTrue(gapSkills.contains(s), fixture + ": " + s + " was missed, so a gap"));
        assertFalse(result.recommendations().isEmpty(), fixture + ": there is something to recommend");
        assertTrue(result.recommendations().stream().anyMatch(r -> missed.contains(r.gap().skill())),
                fixture + ": the recommendations close missed skills");
        for (Recommendation r : result.recommendations()) {
            assertTrue(gapSkills.contains(r.gap().skill()), fixture + ": " + r.item().id() + " closes a gap");
            assertFalse(shown.contains(r.gap().skill()), fixture + ": never a shown skill");
            r.alsoCloses().forEach(g -> assertFalse(shown.contains(g.skill())));
            String name = h.jobbot.skillTaxonomy().get(r.gap().skill()).name().toLowerCase(Locale.ROOT);
            assertTrue(r.reason().toLowerCase(Locale.ROOT).contains(name), fixture + ": reason names the skill: "
                    + r.reason());
            if (r.gap().origin() instanceof GapSource.Quote quote) {
                String start = quote.text().length() > 40 ? quote.text().substring(0, 40) : quote.text();
                assertTrue(r.reason().contains(start), fixture + ": reason quotes the posting: " + r.reason());
                assertTrue(fixture.posting().contains(start.replace("…", "")),
                        fixture + ": the quote is the posting's own words: " + start);
            }
        }
        assertEquals(result.recommendations().size(),
                result.recommendations().stream().map(r -> r.item().id()).distinct().count(), "no duplicates");
    }

    @Test
    void withdrawing_consent_to_personalisation_uses_the_job_alone_at_once_and_dismissed_items_stay_hidden() {
        Fixture data = fixtures().get(0);
        Job job = practised(data);
        h.jobbot.replaceBackground(me, new Background(Optional.of(1), List.of("Junior analyst"),
                List.of(new SkillId("tableau")), List.of()));
        RecommendationOutcome.Recommended personal = assertInstanceOf(RecommendationOutcome.Recommended.class,
                h.jobbot.recommendations(me, job.id(), 5));
        assertTrue(personal.personalised());
        assertTrue(personal.gaps().stream().noneMatch(g -> g.skill().value().equals("sql")), "SQL was shown");
        assertTrue(personal.gaps().stream().anyMatch(SkillGap::claimed), "the background counts");

        personalisation(false);
        RecommendationOutcome.Recommended jobOnly = assertInstanceOf(RecommendationOutcome.Recommended.class,
                h.jobbot.recommendations(me, job.id(), 5));
        assertJobOnly(jobOnly);

        String first = jobOnly.recommendations().get(0).item().id();
        h.jobbot.dismissItem(me, first);
        RecommendationOutcome.Recommended after = assertInstanceOf(RecommendationOutcome.Recommended.class,
                h.jobbot.recommendations(me, job.id(), 5));
        assertTrue(after.recommendations().stream().noneMatch(r -> r.item().id().equals(first)), "not interested");

        personalisation(true);
        assertTrue(assertInstanceOf(RecommendationOutcome.Recommended.class,
                h.jobbot.recommendations(me, job.id(), 5)).personalised(), "granting again personalises again");
    }

    @Test
    void without_any_consent_recommendations_come_from_the_job_alone() {
        AccountId newcomer = h.signInFully(JobbotHarness.email("newcomer@example.com")).account();
        Fixture data = fixtures().get(0);
        Job job = practised(newcomer, data);
        h.jobbot.replaceBackground(newcomer, new Background(Optional.of(1), List.of("Junior analyst"),
                List.of(new SkillId("tableau")), List.of()));
        assertJobOnly(assertInstanceOf(RecommendationOutcome.Recommended.class,
                h.jobbot.recommendations(newcomer, job.id(), 5)));
    }

    private static void assertJobOnly(RecommendationOutcome.Recommended jobOnly) {
        assertFalse(jobOnly.personalised());
        assertTrue(jobOnly.gaps().stream().anyMatch(g -> g.skill().value().equals("sql")),
                "without personalisation answers are not used");
        assertTrue(jobOnly.gaps().stream().noneMatch(SkillGap::claimed), "nor the background");
        assertFalse(jobOnly.recommendations().isEmpty(), "the job alone still gets recommendations");
    }

    @Test
    void another_persons_job_gets_no_recommendations() {
        Job job = practised(fixtures().get(1));
        AccountId other = h.signInFully(JobbotHarness.email("other@example.com")).account();
        assertInstanceOf(RecommendationOutcome.JobNotFound.class, h.jobbot.recommendations(other, job.id(), 5));
    }
}
