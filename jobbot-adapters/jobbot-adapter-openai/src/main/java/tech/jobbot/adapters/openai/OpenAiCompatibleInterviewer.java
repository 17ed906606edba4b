package tech.jobbot.adapters.openai;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tech.jobbot.domain.interview.AnswerAnalysis;
import tech.jobbot.domain.interview.Feedback;
import tech.jobbot.domain.interview.InterviewReport;
import tech.jobbot.domain.interview.Question;
import tech.jobbot.domain.interview.QuestionDraft;
import tech.jobbot.domain.interview.Scores;
import tech.jobbot.domain.job.JobProfile;
import tech.jobbot.ports.out.interview.FeedbackNarrative;
import tech.jobbot.ports.out.interview.Interviewer;

/**
 * An {@link Interviewer} backed by any server that speaks OpenAI's Chat Completions API: OpenAI,
 * Azure-style gateways, Ollama, vLLM, llama.cpp server.
 *
 * <p>The model writes questions, follow-ups and the words of feedback; it never scores. Scores
 * reach it only as facts to put into words, and nothing it says is read back as a score. The
 * candidate's answer and the job posting are sent as data in the user message, never as part of
 * the instructions. Everything the model returns is checked against Jobbot's schema; a reply that
 * does not fit, a refusal or an outage ends in an {@link InterviewerException}, and the caller
 * falls back to the embedded interviewer for that step.
 *
 * <p>Thread-safe; one HTTP client per instance. {@link #close()} releases it.
 */
public final class OpenAiCompatibleInterviewer implements Interviewer, AutoCloseable {
    /** The most questions one plan may have. */
    public static final int MAX_PLAN = 12;
    /** The longest follow-up question accepted from the model. */
    public static final int MAX_FOLLOW_UP = 300;
    /** The longest summary returned; a longer one is cut. */
    public static final int MAX_SUMMARY = 1_200;

    private final ChatCompletions chat;

    public OpenAiCompatibleInterviewer(OpenAiSettings settings) {
        this(settings, Sleeper.REAL);
    }

    OpenAiCompatibleInterviewer(OpenAiSettings settings, Sleeper sleeper) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(sleeper, "sleeper");
        this.chat = new ChatCompletions(settings, sleeper);
    }

    @Override
    public List<QuestionDraft> planQuestions(JobProfile job, int count) {
        Objects.requireNonNull(job, "job");
        if (count < 1 || count > MAX_PLAN) {
            throw new IllegalArgumentException("a plan has 1 to " + MAX_PLAN + " questions");
        }
        String content = chat.complete("plan questions", Prompts.PLAN_SYSTEM, Prompts.planRequest(job, count), true);
        return QuestionPlan.parse(content, job, count);
    }

    @Override
    public String followUp(Question question, String answer, AnswerAnalysis analysis, JobProfile job) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(job, "job");
        String content = chat.complete("follow up", Prompts.FOLLOW_UP_SYSTEM,
                Prompts.followUpRequest(question, answer, analysis, job), false);
        return followUpQuestion(content);
    }

    @Override
    public FeedbackNarrative narrate(Question question, String answer, Feedback feedback, JobProfile job,
            Consumer<String> onChunk) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(feedback, "feedback");
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(onChunk, "onChunk");
        NarrativeSplitter splitter = new NarrativeSplitter(onChunk);
        chat.stream("narrate", Prompts.NARRATE_SYSTEM, Prompts.narrateRequest(question, answer, feedback, job),
                splitter);
        FeedbackNarrative narrative = splitter.finish();
        if (narrative.narrative().isEmpty()) {
            throw new InterviewerException("narrate: the reply has no narrative", false);
        }
        requireOnlyGivenScores("narrate", narrative.narrative(), scoresOf(feedback.scores()));
        return narrative;
    }

    private static final Pattern SCORE_MENTION = Pattern.compile(
            "(\\d{1,3})\\s*(?:/\\s*100|out of 100)|(?:score[sd]?|rated|rating)\\D{0,12}(\\d{1,3})",
            Pattern.CASE_INSENSITIVE);

    private static Set<Integer> scoresOf(Scores s) {
        // Scores often repeat (two dimensions at 90), so not Set.of, which refuses duplicates.
        return java.util.stream.IntStream.of(s.overall(), s.relevance(), s.structure(), s.specificity(), s.impact(),
                s.communication()).boxed().collect(java.util.stream.Collectors.toSet());
    }

    /**
     * A model may repeat a score but never invent one: a text that states a score Jobbot did not
     * give (an answer's prompt injection asking for "100", say) is refused, and the built-in
     * interviewer's words are used instead.
     */
    static void requireOnlyGivenScores(String step, String text, Set<Integer> given) {
        Matcher m = SCORE_MENTION.matcher(text);
        while (m.find()) {
            String number = m.group(1) != null ? m.group(1) : m.group(2);
            if (!given.contains(Integer.parseInt(number))) {
                throw new InterviewerException(step + ": the reply states a score Jobbot did not give", false);
            }
        }
    }

    @Override
    public String summarise(InterviewReport report, JobProfile job) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(job, "job");
        String content = chat.complete("summarise", Prompts.SUMMARY_SYSTEM, Prompts.summaryRequest(report, job), false)
                .strip();
        if (content.isEmpty()) {
            throw new InterviewerException("summarise: the reply is empty", false);
        }
        Set<Integer> given = new java.util.HashSet<>(report.perCompetency().values());
        given.add(report.overall());
        report.questions().forEach(q -> given.add(q.bestScore()));
        requireOnlyGivenScores("summarise", content, given);
        return shortened(content, MAX_SUMMARY);
    }

    /** Waits for requests in flight, then releases the HTTP client. */
    @Override
    public void close() {
        chat.close();
    }

    static String followUpQuestion(String content) {
        String question = content.strip();
        // Models often put a one-line answer in quotes; the quotes are not part of the question.
        if (question.length() >= 2 && question.startsWith("\"") && question.endsWith("\"")) {
            question = question.substring(1, question.length() - 1).strip();
        }
        if (question.isEmpty()) {
            throw new InterviewerException("follow up: the reply is empty", false);
        }
        if (question.length() > MAX_FOLLOW_UP) {
            throw new InterviewerException("follow up: the question is longer than " + MAX_FOLLOW_UP + " characters",
                    false);
        }
        // More than one line means a preamble or several questions, not the one question asked for.
        if (question.indexOf('\n') >= 0 || question.indexOf('\r') >= 0) {
            throw new InterviewerException("follow up: the reply is more than one line", false);
        }
        if (!question.endsWith("?")) {
            throw new InterviewerException("follow up: the reply is not a question", false);
        }
        return question;
    }

    /** Cuts at a word boundary when one is near, and marks the cut. */
    static String shortened(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        int space = text.lastIndexOf(' ', end);
        if (space > max - 200) {
            end = space;
        }
        return text.substring(0, end).stripTrailing() + "…";
    }
}
