package tech.jobbot.sdk.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

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
import tech.jobbot.ports.out.tx.Transactions;
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
    /** Transactions the service opened. */
    private final AtomicInteger commits = new AtomicInteger();
    /** Run by the test interviewer before each narrative. */
    private final AtomicReference<Runnable> beforeNarrate = new AtomicReference<>(() -> { });
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
        service = service(false);
        owner = new AccountId(UUID.randomUUID());
        persistence.accounts().add(Account.registerByEmail(owner, EmailAddress.parse("o@example.com"), clock.instant()));
        job = new Job(new JobId(UUID.randomUUID()), owner, JobSource.TITLE, Optional.empty(),
                JobProfiles.fromTitle("Warehouse Supervisor", extractor), clock.instant());
        persistence.jobs().add(job);
    }

    private InterviewService service(boolean inProcess) {
        SkillTaxonomy taxonomy = new ClasspathSkillTaxonomy().load();
        SkillExtractor extractor = new SkillExtractor(taxonomy);
        Interviewer unreliable = new Unreliable(new EmbeddedInterviewer(taxonomy), down, inProcess, beforeNarrate);
        Transactions counted = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                commits.incrementAndGet();
                return persistence.transactions().inTransaction(work);
            }
        };
        return new InterviewService(counted, persistence.interviews(), persistence.jobs(),
                unreliable, new AnswerAnalyzer(extractor), new FeedbackComposer(), taxonomy,
                new DomainReports(extractor), persistence.keyVault(), persistence.events(), clock);
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

    @Test
    void a_remote_interviewer_is_asked_only_after_the_answer_is_committed() {
        down.set(false);
        Interview interview = assertInstanceOf(InterviewOutcome.Done.class,
                service.startInterview(owner, job.id(), 3)).interview();
        commits.set(0);
        QuestionId first = interview.nextQuestion().orElseThrow().id();
        List<Boolean> answerCommittedWhenAsked = new ArrayList<>();
        beforeNarrate.set(() -> answerCommittedWhenAsked.add(committed(interview, first).map(a -> a.answer()
                .isPresent()).orElse(false)));
        InterviewOutcome.Answered answered = assertInstanceOf(InterviewOutcome.Answered.class, service.answer(owner,
                interview.id(), first, ANSWER, Optional.empty(), c -> { }));
        assertTrue(answered.attempt().feedback().isPresent());
        assertEquals(2, commits.get(), "the answer's transaction, then the feedback's");
        assertEquals(List.of(true), answerCommittedWhenAsked, "the model is asked once the answer is committed");
    }

    @Test
    void the_in_process_interviewer_stores_answer_and_feedback_in_one_commit_and_streams_after_it() {
        InterviewService inProcess = service(true);
        down.set(false);
        Interview interview = assertInstanceOf(InterviewOutcome.Done.class,
                inProcess.startInterview(owner, job.id(), 3)).interview();
        QuestionId first = interview.nextQuestion().orElseThrow().id();
        commits.set(0);
        List<String> chunks = new ArrayList<>();
        List<Boolean> storedWhenStreamed = new ArrayList<>();
        InterviewOutcome.Answered answered = assertInstanceOf(InterviewOutcome.Answered.class,
                inProcess.answer(owner, interview.id(), first, ANSWER, Optional.of("turn-1"), chunk -> {
                    chunks.add(chunk);
                    storedWhenStreamed.add(committed(interview, first).flatMap(a -> a.feedback()).isPresent());
                }));

        assertEquals(1, commits.get(), "one transaction for the whole turn");
        assertTrue(answered.attempt().feedback().isPresent());
        assertEquals(answered.attempt().feedback().orElseThrow().narrative(), String.join("", chunks),
                "the narrative is streamed whole");
        assertEquals(List.of(true), storedWhenStreamed.stream().distinct().toList(),
                "nothing is streamed before answer and feedback are committed");
        assertEquals(answered.attempt().feedback(),
                persistence.interviews().find(owner, interview.id()).orElseThrow().attempt(first, 1)
                        .flatMap(a -> a.feedback()), "stored as answered");

        InterviewOutcome.Answered replay = assertInstanceOf(InterviewOutcome.Answered.class,
                inProcess.answer(owner, interview.id(), first, ANSWER, Optional.of("turn-1"), c -> { }));
        assertTrue(replay.replayed());
        assertEquals(1, persistence.interviews().find(owner, interview.id()).orElseThrow().attemptsAt(first).size(),
                "a retry stores nothing twice");
    }

    @Test
    void a_failing_in_process_interviewer_still_keeps_the_answer() {
        InterviewService inProcess = service(true);
        down.set(false);
        Interview interview = assertInstanceOf(InterviewOutcome.Done.class,
                inProcess.startInterview(owner, job.id(), 3)).interview();
        QuestionId first = interview.nextQuestion().orElseThrow().id();
        down.set(true);
        InterviewOutcome.Answered answered = assertInstanceOf(InterviewOutcome.Answered.class,
                inProcess.answer(owner, interview.id(), first, ANSWER, Optional.empty(), c -> { }));
        assertTrue(answered.attempt().feedback().isEmpty(), "feedback pending");
        assertEquals(Optional.of(ANSWER), persistence.interviews().find(owner, interview.id()).orElseThrow()
                .attempt(first, 1).flatMap(a -> a.answer()), "the answer is stored");
    }

    /**
     * The first attempt at the question as committed: read on another thread (another connection),
     * so that an open transaction of the caller's thread is not joined.
     */
    private Optional<tech.jobbot.domain.interview.Attempt> committed(Interview interview, QuestionId question) {
        return CompletableFuture.supplyAsync(() -> persistence.interviews().find(owner, interview.id())
                .flatMap(i -> i.attempt(question, 1))).join();
    }

    private static final String ANSWER = "I led the night shift of 14 pickers and cut mis-picks by 30 percent in"
            + " two months by redesigning the slotting plan and coaching each picker.";

    /** The built-in interviewer, but broken while {@code down} is set: every narrative fails. */
    private record Unreliable(Interviewer delegate, AtomicBoolean down, boolean inProcess,
            AtomicReference<Runnable> beforeNarrate) implements Interviewer {
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
            beforeNarrate.get().run();
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
