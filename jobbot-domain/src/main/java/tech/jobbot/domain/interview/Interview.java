package tech.jobbot.domain.interview;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.job.JobId;
import tech.jobbot.domain.job.JobProfile;

/**
 * A practice interview: a plan of questions for one job (kept as a snapshot, so the record stays
 * whole if the job is deleted), the attempts at them, and at the end a report. Immutable: every
 * change returns the new state.
 */
public record Interview(InterviewId id, AccountId owner, JobId jobId, JobProfile job, List<Question> questions,
        List<Attempt> attempts, InterviewStatus status, Optional<InterviewReport> report, Instant startedAt,
        Optional<Instant> finishedAt) {

    public static final int MIN_QUESTIONS = 3;
    public static final int MAX_QUESTIONS = 12;
    public static final int DEFAULT_QUESTIONS = 6;
    /** Enough to practise a question again, not to flood the record. */
    public static final int MAX_ATTEMPTS_PER_QUESTION = 5;

    public Interview {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(job, "job");
        questions = List.copyOf(questions);
        attempts = List.copyOf(attempts);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Set<QuestionId> ids = new HashSet<>();
        for (Question q : questions) {
            if (!ids.add(q.id())) {
                throw new IllegalArgumentException("duplicate question id " + q.id());
            }
        }
        for (Attempt a : attempts) {
            if (!ids.contains(a.question())) {
                throw new IllegalArgumentException("attempt at unknown question " + a.question());
            }
        }
        if ((status == InterviewStatus.FINISHED) != report.isPresent()) {
            throw new IllegalArgumentException("a finished interview has a report, an open one has none");
        }
    }

    /**
     * Starts an interview from planned questions: numbered q1..qN in order. The plan must have
     * 3 to 12 questions with no two alike.
     */
    public static Interview start(InterviewId id, AccountId owner, JobId jobId, JobProfile job,
            List<QuestionDraft> plan, Instant now) {
        requireValidPlan(plan);
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            QuestionDraft d = plan.get(i);
            questions.add(new Question(QuestionId.planned(i + 1), d.text().strip(), d.kind(), d.competency(),
                    d.skills(), d.probes(), Optional.empty()));
        }
        return new Interview(id, owner, jobId, job, questions, List.of(), InterviewStatus.IN_PROGRESS,
                Optional.empty(), now, Optional.empty());
    }

    /** A plan has 3 to 12 questions, no two alike (ignoring case and spacing). */
    public static void requireValidPlan(List<QuestionDraft> plan) {
        if (plan.size() < MIN_QUESTIONS || plan.size() > MAX_QUESTIONS) {
            throw new IllegalArgumentException("a plan has " + MIN_QUESTIONS + " to " + MAX_QUESTIONS + " questions");
        }
        Set<String> seen = new HashSet<>();
        for (QuestionDraft d : plan) {
            if (!seen.add(d.text().strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))) {
                throw new IllegalArgumentException("a plan must not repeat a question");
            }
        }
    }

    public Optional<Question> question(QuestionId questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    /** The first question, in plan order (a follow-up right after its question), not yet answered or skipped. */
    public Optional<Question> nextQuestion() {
        if (status == InterviewStatus.FINISHED) {
            return Optional.empty();
        }
        return questions.stream().filter(q -> attemptsAt(q.id()).isEmpty()).findFirst();
    }

    public List<Attempt> attemptsAt(QuestionId questionId) {
        return attempts.stream().filter(a -> a.question().equals(questionId)).toList();
    }

    /** Records an answer (a first answer, or a retry that keeps the earlier ones). */
    public Interview answer(QuestionId questionId, String text, Instant now) {
        Objects.requireNonNull(text, "text");
        return record(questionId, Optional.of(text), now);
    }

    public Interview skip(QuestionId questionId, Instant now) {
        return record(questionId, Optional.empty(), now);
    }

    private Interview record(QuestionId questionId, Optional<String> answer, Instant now) {
        requireOpen();
        if (question(questionId).isEmpty()) {
            throw new IllegalArgumentException("no question " + questionId + " in this interview");
        }
        int number = attemptsAt(questionId).size() + 1;
        if (number > MAX_ATTEMPTS_PER_QUESTION) {
            throw new IllegalArgumentException("at most " + MAX_ATTEMPTS_PER_QUESTION + " attempts per question");
        }
        List<Attempt> more = new ArrayList<>(attempts);
        more.add(new Attempt(questionId, number, answer, now, Optional.empty()));
        return new Interview(id, owner, jobId, job, questions, more, status, report, startedAt, finishedAt);
    }

    public Optional<Attempt> attempt(QuestionId questionId, int number) {
        return attempts.stream().filter(a -> a.question().equals(questionId) && a.number() == number).findFirst();
    }

    /** Attaches feedback to an answered attempt (also when regenerated later). */
    public Interview withFeedback(QuestionId questionId, int number, Feedback feedback) {
        Attempt target = attempt(questionId, number)
                .orElseThrow(() -> new IllegalArgumentException("no attempt " + number + " at " + questionId));
        if (target.skipped()) {
            throw new IllegalArgumentException("a skipped question has no feedback");
        }
        List<Attempt> updated = attempts.stream().map(a -> a == target ? a.withFeedback(feedback) : a).toList();
        return new Interview(id, owner, jobId, job, questions, updated, status, report, startedAt, finishedAt);
    }

    /** Whether a follow-up may still be asked after this question: once, and never after a follow-up. */
    public boolean canFollowUp(QuestionId questionId) {
        return status == InterviewStatus.IN_PROGRESS && !questionId.isFollowUp()
                && question(questionId.followUp()).isEmpty();
    }

    /** Inserts one follow-up right after its question. */
    public Interview followUp(QuestionId parentId, String text) {
        requireOpen();
        Question parent = question(parentId)
                .orElseThrow(() -> new IllegalArgumentException("no question " + parentId + " in this interview"));
        if (!canFollowUp(parentId)) {
            throw new IllegalArgumentException("question " + parentId + " has its follow-up already");
        }
        Question followUp = new Question(parentId.followUp(), text.strip(), parent.kind(), parent.competency(),
                parent.skills(), parent.probes(), Optional.of(parentId));
        List<Question> more = new ArrayList<>(questions);
        more.add(questions.indexOf(parent) + 1, followUp);
        return new Interview(id, owner, jobId, job, more, attempts, status, report, startedAt, finishedAt);
    }

    public Interview finish(InterviewReport finalReport, Instant now) {
        requireOpen();
        return new Interview(id, owner, jobId, job, questions, attempts, InterviewStatus.FINISHED,
                Optional.of(finalReport), startedAt, Optional.of(now));
    }

    private void requireOpen() {
        if (status != InterviewStatus.IN_PROGRESS) {
            throw new IllegalStateException("the interview is finished");
        }
    }
}
