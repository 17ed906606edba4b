package tech.jobbot.sdk.interview;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.event.JobbotEvent;
import tech.jobbot.domain.interview.AnswerAnalysis;
import tech.jobbot.domain.interview.AnswerAnalyzer;
import tech.jobbot.domain.interview.Attempt;
import tech.jobbot.domain.interview.Feedback;
import tech.jobbot.domain.interview.FeedbackComposer;
import tech.jobbot.domain.interview.Interview;
import tech.jobbot.domain.interview.InterviewId;
import tech.jobbot.domain.interview.InterviewReport;
import tech.jobbot.domain.interview.InterviewStatus;
import tech.jobbot.domain.interview.Question;
import tech.jobbot.domain.interview.QuestionDraft;
import tech.jobbot.domain.interview.QuestionId;
import tech.jobbot.domain.job.Job;
import tech.jobbot.domain.job.JobId;
import tech.jobbot.domain.job.SkillTaxonomy;
import tech.jobbot.ports.in.interview.InterviewOutcome;
import tech.jobbot.ports.in.interview.RunInterviews;
import tech.jobbot.ports.out.crypto.KeyVault;
import tech.jobbot.ports.out.event.EventOutbox;
import tech.jobbot.ports.out.interview.FeedbackNarrative;
import tech.jobbot.ports.out.interview.InterviewRepository;
import tech.jobbot.ports.out.interview.InterviewRepository.AttemptRef;
import tech.jobbot.ports.out.interview.InterviewRepository.IdempotentAnswer;
import tech.jobbot.ports.out.interview.Interviewer;
import tech.jobbot.ports.out.job.JobRepository;
import tech.jobbot.ports.out.tx.Transactions;

/**
 * Runs practice interviews. An answer is acknowledged only once committed. Feedback (scores by the
 * domain analysis, words by the interviewer) from the in-process interviewer is computed inside the
 * answer's transaction and committed with it, one commit per turn; a remote interviewer is asked
 * only after the answer is committed, and its feedback attached in a second transaction, so a
 * failing model can delay feedback but never lose an answer.
 */
public final class InterviewService implements RunInterviews {
    private final EventOutbox events;
    private static final Logger LOG = System.getLogger(InterviewService.class.getName());
    private static final String IDEMPOTENCY_DIGEST = "idempotency-key";

    private final Transactions tx;
    private final InterviewRepository interviews;
    private final JobRepository jobs;
    private final Interviewer interviewer;
    private final AnswerAnalyzer analyzer;
    private final FeedbackComposer composer;
    private final SkillTaxonomy taxonomy;
    private final ReportWriter reports;
    private final KeyVault vault;
    private final Clock clock;

    public InterviewService(Transactions tx, InterviewRepository interviews, JobRepository jobs, Interviewer interviewer,
            AnswerAnalyzer analyzer, FeedbackComposer composer, SkillTaxonomy taxonomy, ReportWriter reports,
            KeyVault vault, EventOutbox events, Clock clock) {
        this.tx = tx;
        this.events = events;
        this.interviews = interviews;
        this.jobs = jobs;
        this.interviewer = interviewer;
        this.analyzer = analyzer;
        this.composer = composer;
        this.taxonomy = taxonomy;
        this.reports = reports;
        this.vault = vault;
        this.clock = clock;
    }

    @Override
    public InterviewOutcome startInterview(AccountId owner, JobId jobId, int questionCount) {
        if (questionCount < Interview.MIN_QUESTIONS || questionCount > Interview.MAX_QUESTIONS) {
            throw new IllegalArgumentException("an interview has " + Interview.MIN_QUESTIONS + " to "
                    + Interview.MAX_QUESTIONS + " questions");
        }
        Optional<Job> job = jobs.find(owner, jobId);
        if (job.isEmpty()) {
            return new InterviewOutcome.NotFound("no such job of yours");
        }
        List<QuestionDraft> plan = interviewer.planQuestions(job.get().profile(), questionCount);
        Interview interview = Interview.start(new InterviewId(UUID.randomUUID()), owner, jobId, job.get().profile(),
                plan, clock.instant());
        interviews.add(interview);
        return new InterviewOutcome.Done(interview);
    }

    @Override
    public InterviewOutcome answer(AccountId owner, InterviewId id, QuestionId questionId, String text,
            Optional<String> idempotencyKey, Consumer<String> onNarrative) {
        Optional<String> keyDigest = idempotencyKey.map(k -> vault.digest(IDEMPOTENCY_DIGEST, k).value());
        String requestDigest = vault.digest(IDEMPOTENCY_DIGEST, questionId.value() + "\n" + text).value();
        // An in-process interviewer's narrative is held back until the answer is committed.
        List<String> heldBack = new ArrayList<>();
        Optional<Consumer<String>> inline = interviewer.inProcess() ? Optional.of(heldBack::add) : Optional.empty();
        Stored stored = tx.inTransaction(() -> store(owner, id, questionId, text, keyDigest, requestDigest, inline));
        return switch (stored) {
            case Stored.Refusal r -> r.outcome();
            case Stored.Replay replay -> {
                // A retry after a failed feedback step gets its feedback now.
                boolean missing = replay.interview().attempt(replay.ref().question(), replay.ref().number())
                        .flatMap(Attempt::feedback).isEmpty();
                Interview current = missing ? giveFeedback(owner, replay.interview(), replay.ref(), onNarrative)
                        : replay.interview();
                yield answered(current, replay.ref(), true);
            }
            case Stored.Fresh fresh when inline.isPresent() -> {
                // Stored already, with its feedback or (the in-process interviewer having failed,
                // which asking again would repeat) with feedback pending, to be regenerated.
                if (fresh.withFeedback()) {
                    replay(heldBack, onNarrative, fresh);
                }
                yield answered(fresh.interview(), fresh.ref(), false);
            }
            case Stored.Fresh fresh -> {
                Interview withFeedback = giveFeedback(owner, fresh.interview(), fresh.ref(), onNarrative);
                yield answered(withFeedback, fresh.ref(), false);
            }
        };
    }

    /** The narrative held back until the commit; the caller's failure to take it loses nothing stored. */
    private static void replay(List<String> heldBack, Consumer<String> onNarrative, Stored.Fresh fresh) {
        try {
            heldBack.forEach(onNarrative);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the narrative for interview {0} question {1} could not be passed on; answer"
                    + " and feedback are stored: {2}", fresh.interview().id(), fresh.ref().question(), e.toString());
        }
    }

    private Stored store(AccountId owner, InterviewId id, QuestionId questionId, String text,
            Optional<String> keyDigest, String requestDigest, Optional<Consumer<String>> inline) {
        Optional<Interview> found = interviews.findForUpdate(owner, id);
        if (found.isEmpty()) {
            return new Stored.Refusal(new InterviewOutcome.NotFound("no such interview of yours"));
        }
        Interview interview = found.get();
        if (keyDigest.isPresent()) {
            Optional<IdempotentAnswer> earlier = interviews.findByIdempotencyKey(id, keyDigest.get());
            if (earlier.isPresent()) {
                return earlier.get().requestDigest().equals(requestDigest)
                        ? new Stored.Replay(interview, earlier.get().attempt())
                        : new Stored.Refusal(new InterviewOutcome.Refused(
                                "this Idempotency-Key was used for a different answer; use a new key"));
            }
        }
        Optional<InterviewOutcome> refusal = refusal(interview, questionId);
        if (refusal.isPresent()) {
            return new Stored.Refusal(refusal.get());
        }
        Interview answered = interview.answer(questionId, text, clock.instant());
        AttemptRef ref = new AttemptRef(questionId, answered.attemptsAt(questionId).size());
        Optional<Interview> withFeedback = inline.flatMap(sink -> inlineFeedback(answered, ref, sink));
        interviews.update(withFeedback.orElse(answered));
        keyDigest.ifPresent(k -> interviews.rememberIdempotencyKey(id, k, new IdempotentAnswer(ref, requestDigest)));
        return new Stored.Fresh(withFeedback.orElse(answered), ref, withFeedback.isPresent());
    }

    /** Feedback by the in-process interviewer inside the answer's transaction; empty if it failed. */
    private Optional<Interview> inlineFeedback(Interview answered, AttemptRef ref, Consumer<String> sink) {
        try {
            return Optional.of(computeFeedback(answered, ref, sink).applyTo(answered, ref));
        } catch (RuntimeException e) {
            feedbackFailed(answered, ref, e);
            return Optional.empty();
        }
    }

    private static Optional<InterviewOutcome> refusal(Interview interview, QuestionId questionId) {
        if (interview.question(questionId).isEmpty()) {
            return Optional.of(new InterviewOutcome.NotFound("no question " + questionId + " in this interview"));
        }
        if (interview.status() == InterviewStatus.FINISHED) {
            return Optional.of(new InterviewOutcome.Refused("the interview is finished"));
        }
        if (interview.attemptsAt(questionId).size() >= Interview.MAX_ATTEMPTS_PER_QUESTION) {
            return Optional.of(new InterviewOutcome.Refused(
                    "at most " + Interview.MAX_ATTEMPTS_PER_QUESTION + " attempts per question"));
        }
        return Optional.empty();
    }

    /** Feedback and, for a thin first answer, a follow-up question: computed, not yet stored. */
    private record ComputedFeedback(Feedback feedback, Optional<String> followUpText) {
        Interview applyTo(Interview current, AttemptRef ref) {
            Interview updated = current.withFeedback(ref.question(), ref.number(), feedback);
            if (followUpText.isPresent() && updated.canFollowUp(ref.question())) {
                updated = updated.followUp(ref.question(), followUpText.get());
            }
            return updated;
        }
    }

    private ComputedFeedback computeFeedback(Interview interview, AttemptRef ref, Consumer<String> onNarrative) {
        Question question = interview.question(ref.question()).orElseThrow();
        String answer = interview.attempt(ref.question(), ref.number()).flatMap(Attempt::answer).orElseThrow();
        AnswerAnalysis analysis = analyzer.analyze(question, answer, interview.job());
        Feedback computed = composer.compose(question, answer, analysis, interview.job(), taxonomy);
        Feedback feedback;
        if (analysis.nonAnswer().isPresent()) {
            // Nothing to praise and nothing for a model to embellish: the domain's own words stand.
            onNarrative.accept(computed.narrative());
            feedback = computed;
        } else {
            FeedbackNarrative words = interviewer.narrate(question, answer, computed, interview.job(), onNarrative);
            feedback = computed.withNarrative(words.narrative(),
                    words.outline().isBlank() ? computed.outline() : words.outline());
        }
        boolean followUp = ref.number() == 1 && analysis.isThin() && interview.canFollowUp(ref.question());
        return new ComputedFeedback(feedback, followUp
                ? Optional.of(interviewer.followUp(question, answer, analysis, interview.job()))
                : Optional.empty());
    }

    /**
     * Computes and attaches feedback, and a follow-up for a thin first answer, in a transaction of
     * its own after the answer's. A failure here is logged and leaves the stored answer without
     * feedback, to be regenerated.
     */
    private Interview giveFeedback(AccountId owner, Interview interview, AttemptRef ref, Consumer<String> onNarrative) {
        try {
            ComputedFeedback computed = computeFeedback(interview, ref, onNarrative);
            return tx.inTransaction(() -> {
                Interview current = interviews.findForUpdate(owner, interview.id()).orElseThrow();
                Interview updated = computed.applyTo(current, ref);
                interviews.update(updated);
                return updated;
            });
        } catch (RuntimeException e) {
            feedbackFailed(interview, ref, e);
            return interviews.find(owner, interview.id()).orElse(interview);
        }
    }

    private static void feedbackFailed(Interview interview, AttemptRef ref, RuntimeException e) {
        LOG.log(Level.WARNING, "feedback for interview {0} question {1} failed; the answer is kept: {2}",
                interview.id(), ref.question(), e.toString());
    }

    private static InterviewOutcome answered(Interview interview, AttemptRef ref, boolean replayed) {
        Attempt attempt = interview.attempt(ref.question(), ref.number()).orElseThrow();
        Optional<Question> next = interview.nextQuestion();
        boolean followUp = next.flatMap(Question::followUpOf).filter(ref.question()::equals).isPresent();
        return new InterviewOutcome.Answered(interview, attempt, next, followUp, replayed);
    }

    @Override
    public InterviewOutcome skip(AccountId owner, InterviewId id, QuestionId questionId) {
        return tx.inTransaction(() -> {
            Optional<Interview> found = interviews.findForUpdate(owner, id);
            if (found.isEmpty()) {
                return new InterviewOutcome.NotFound("no such interview of yours");
            }
            List<Attempt> earlier = found.get().attemptsAt(questionId);
            if (!earlier.isEmpty() && earlier.getLast().skipped()) {
                // Skipping twice is one skip: a retried request changes nothing.
                return answered(found.get(), new AttemptRef(questionId, earlier.size()), true);
            }
            Optional<InterviewOutcome> refusal = refusal(found.get(), questionId);
            if (refusal.isPresent()) {
                return refusal.get();
            }
            Interview skipped = found.get().skip(questionId, clock.instant());
            interviews.update(skipped);
            return answered(skipped, new AttemptRef(questionId, skipped.attemptsAt(questionId).size()), false);
        });
    }

    @Override
    public InterviewOutcome regenerateFeedback(AccountId owner, InterviewId id, QuestionId questionId, int number) {
        Optional<Interview> found = interviews.find(owner, id);
        if (found.isEmpty()) {
            return new InterviewOutcome.NotFound("no such interview of yours");
        }
        Optional<Attempt> attempt = found.get().attempt(questionId, number);
        if (attempt.isEmpty() || attempt.get().skipped()) {
            return new InterviewOutcome.NotFound("no answer " + number + " to question " + questionId);
        }
        Interview updated = giveFeedback(owner, found.get(), new AttemptRef(questionId, number), chunk -> { });
        return updated.attempt(questionId, number).flatMap(Attempt::feedback).isPresent()
                ? new InterviewOutcome.Done(updated)
                : new InterviewOutcome.TryLater("feedback could not be generated now; try again shortly");
    }

    /**
     * The report is built from the interview as it stands under the lock (it is pure and quick),
     * so an answer committed while the summary was being written is never left out.
     */
    @Override
    public InterviewOutcome finish(AccountId owner, InterviewId id) {
        Optional<Interview> found = interviews.find(owner, id);
        if (found.isEmpty()) {
            return new InterviewOutcome.NotFound("no such interview of yours");
        }
        if (found.get().status() == InterviewStatus.FINISHED) {
            return new InterviewOutcome.Done(found.get());
        }
        String summary = interviewer.summarise(reports.report(found.get()), found.get().job());
        return tx.inTransaction(() -> {
            Interview current = interviews.findForUpdate(owner, id).orElseThrow();
            if (current.status() == InterviewStatus.FINISHED) {
                return new InterviewOutcome.Done(current);
            }
            Interview finished = current.finish(reports.report(current).withSummary(summary), clock.instant());
            interviews.update(finished);
            events.record(new JobbotEvent.InterviewFinished(UUID.randomUUID(), owner, Optional.empty(),
                    id.value(), finished.report().map(r -> r.overall()).orElse(0), clock.instant()));
            return new InterviewOutcome.Done(finished);
        });
    }

    @Override
    public List<Interview> interviews(AccountId owner) {
        return interviews.list(owner);
    }

    @Override
    public Optional<Interview> interview(AccountId owner, InterviewId id) {
        return interviews.find(owner, id);
    }

    @Override
    public boolean deleteInterview(AccountId owner, InterviewId id) {
        return interviews.delete(owner, id);
    }

    /** What storing an answer led to. */
    private sealed interface Stored {
        /** A new answer; {@code withFeedback} when the in-process interviewer's feedback was stored with it. */
        record Fresh(Interview interview, AttemptRef ref, boolean withFeedback) implements Stored {}

        record Replay(Interview interview, AttemptRef ref) implements Stored {}

        record Refusal(InterviewOutcome outcome) implements Stored {}
    }

    /** Builds the report of an interview from its attempts (the domain's report rules). */
    public interface ReportWriter {
        InterviewReport report(Interview interview);
    }
}
