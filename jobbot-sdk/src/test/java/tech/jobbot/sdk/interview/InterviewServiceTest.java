package tech.jobbot.sdk.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tech.jobbot.adapters.embedded.EmbeddedInterviewer;
import tech.jobbot.adapters.persistence.Database;
import tech.jobbot.adapters.persistence.DatabaseSettings;
import tech.jobbot.adapters.persistence.JdbiPersistence;
import tech.jobbot.adapters.skills.ClasspathSkillTaxonomy;
import tech.jobbot.domain.account.Account;
import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.interview.AnswerAnalysis;
import tech.jobbot.domain.interview.AnswerAnalyzer;
import tech.jobbot.domain.interview.Feedback;
import tech.jobbot.domain.interview.FeedbackComposer;
import tech.jobbot.domain.interview.Interview;
import tech.jobbot.domain.interview.InterviewReport;
import tech.jobbot.domain.interview.Question;
import tech.jobbot.domain.interview.QuestionDraft;
import tech.jobbot.domain.interview.QuestionId;
import tech.jobbot.domain.job.Job;
import tech.jobbot.domain.job.JobId;
import tech.jobbot.domain.job.JobProfiles;
import tech.jobbot.domain.job.JobSource;
import tech.jobbot.domain.job.SkillExtractor;
import tech.jobbot.domain.job.SkillTaxonomy;
import tech.jobbot.ports.in.interview.InterviewOutcome;
import tech.jobbot.ports.out.crypto.MasterKeys;
import tech.jobbot.ports.out.interview.FeedbackNarrative;
import tech.jobbot.ports.out.interview.Interviewer;
import tech.jobbot.sdk.TestClock;

/**
 * The service without the built-in fallback: when feedback cannot be written, the acknowledged
 * answer is still stored, and the feedback can be regenerated once the interviewer works again.
 */
class InterviewServiceTest {
    private final TestClock clock = TestClock.atDefaultStart();
    private HikariDataSource dataSource;
    private JdbiPersistence persistence;
    private InterviewService service;
    private final AtomicBoolean down = new AtomicBoolean(true);
    private AccountId owner;
    private Job job;

    @BeforeEach
    void start() {
        dataSource = Database.pool(DatabaseSettings.inMemory("svc-" + UUID.randomUUID()));
        SecureRandom random = new SecureRandom();
        byte[] master = new byte[32];
        byte[] digest = new byte[32];
        random.nextBytes(master);
        random.nextBytes(digest);
        persistence = new JdbiPersistence(dataSource, new MasterKeys(master, digest), clock);
        SkillTaxonomy taxonomy = new ClasspathSkillTaxonomy().load();
        SkillExtractor extractor = new SkillExtractor(taxonomy);
        Interviewer embedded = new EmbeddedInterviewer(taxonomy);
        Interviewer unreliable = new Unreliable(embedded, down);
        service = new InterviewService(persistence.transactions(), persistence.interviews(), persistence.jobs(),
                unreliable, new AnswerAnalyzer(extractor), new FeedbackComposer(), taxonomy,
                new DomainReports(extractor), persistence.keyVault(), persistence.events(), clock);
        owner = new AccountId(UUID.randomUUID());
        persistence.accounts().add(Account.registerByEmail(owner, EmailAddress.parse("o@example.com"), clock.instant()));
        job = new Job(new JobId(UUID.randomUUID()), owner, JobSource.TITLE, Optional.empty(),
                JobProfiles.fromTitle("Warehouse Supervisor", extractor), clock.instant());
        persistence.jobs().add(job);
    }

    @AfterEach
    void stop() {
        dataSource.close();
    }

    @Test
    void an_acknowledged_answer_survives_a_feedback_failure_and_feedback_is_regenerated_later() {
        down.set(false);
        Interview interview = assertInstanceOf(InterviewOutcome.Done.class,
                service.startInterview(owner, job.id(), 3)).interview();
        down.set(true);
        QuestionId first = interview.nextQuestion().orElseThrow().id();
        String answer = "I led the night shift of 14 pickers and cut mis-picks by 30 percent in two months.";

        InterviewOutcome.Answered stored = assertInstanceOf(InterviewOutcome.Answered.class,
                service.answer(owner, interview.id(), first, answer, Optional.of("k"), c -> { }));
        assertTrue(stored.attempt().feedback().isEmpty(), "no feedback yet");
        assertEquals(Optional.of(answer),
                persistence.interviews().find(owner, interview.id()).orElseThrow().attemptsAt(first).get(0).answer(),
                "the answer is stored");
        assertInstanceOf(InterviewOutcome.TryLater.class, service.regenerateFeedback(owner, interview.id(), first, 1),
                "still down");

        down.set(false);
        Interview regenerated = assertInstanceOf(InterviewOutcome.Done.class,
                service.regenerateFeedback(owner, interview.id(), first, 1)).interview();
        assertTrue(regenerated.attempt(first, 1).orElseThrow().feedback().isPresent());
        assertEquals(1, regenerated.attemptsAt(first).size(), "regenerating adds no attempt");
    }

    /** The built-in interviewer, but broken while {@code down} is set: every narrative fails. */
    private record Unreliable(Interviewer delegate, AtomicBoolean down) implements Interviewer {
        @Override
        public List<QuestionDraft> planQuestions(tech.jobbot.domain.job.JobProfile job, int count) {
            return delegate.planQuestions(job, count);
        }

        @Override
        public String followUp(Question question, String answer, AnswerAnalysis analysis,
                tech.jobbot.domain.job.JobProfile job) {
            return delegate.followUp(question, answer, analysis, job);
        }

        @Override
        public FeedbackNarrative narrate(Question question, String answer, Feedback feedback,
                tech.jobbot.domain.job.JobProfile job, Consumer<String> onChunk) {
            if (down.get()) {
                throw new IllegalStateException("model down");
            }
            return delegate.narrate(question, answer, feedback, job, onChunk);
        }

        @Override
        public String summarise(InterviewReport report, tech.jobbot.domain.job.JobProfile job) {
            return delegate.summarise(report, job);
        }
    }
}
