package tech.jobbot.adapters.openai;

import static tech.jobbot.adapters.openai.StubChatServer.completion;
import static tech.jobbot.adapters.openai.StubChatServer.stream;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import tech.jobbot.domain.interview.Competency;
import tech.jobbot.domain.interview.Feedback;
import tech.jobbot.domain.interview.InterviewReport;
import tech.jobbot.domain.interview.Question;
import tech.jobbot.domain.interview.QuestionKind;
import tech.jobbot.domain.job.JobProfile;
import tech.jobbot.domain.job.SkillId;
import tech.jobbot.ports.out.interview.Interviewer;
import tech.jobbot.ports.out.interview.InterviewerContract;

/**
 * The OpenAI-compatible interviewer against a local stub server that gives, for each call, the
 * kind of reply a well-behaved model gives: the contract then checks what the adapter makes of it.
 */
class OpenAiCompatibleInterviewerContractTest extends InterviewerContract {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final QuestionKind[] KINDS = QuestionKind.values();
    private static final Competency[] COMPETENCIES = Competency.values();

    private StubChatServer server;
    private OpenAiCompatibleInterviewer interviewer;

    @BeforeEach
    void startServer() throws IOException {
        server = new StubChatServer();
        // No retries and no real waits: a valid reply never needs them, and a broken one should fail fast.
        interviewer = new OpenAiCompatibleInterviewer(
                OpenAiSettings.of(server.baseUrl(), "gpt-test").withRequestTimeout(Duration.ofSeconds(2))
                        .withMaxRetries(0),
                wait -> { });
    }

    @AfterEach
    void stopServer() {
        interviewer.close();
        server.close();
    }

    @Override
    protected Interviewer interviewer() {
        return interviewer;
    }

    /** A plan in Jobbot's schema, each question on one of the job's skills, kinds and competencies varied. */
    @Override
    protected void expectPlan(JobProfile job, int count) {
        ObjectNode plan = JSON.createObjectNode();
        ArrayNode questions = plan.putArray("questions");
        for (int i = 0; i < count; i++) {
            SkillId skill = job.skills().get(i % job.skills().size());
            QuestionKind kind = KINDS[i % KINDS.length];
            ObjectNode question = questions.addObject();
            question.put("text", text(kind, skill, job));
            question.put("kind", kind.apiName());
            question.put("competency", COMPETENCIES[i % COMPETENCIES.length].apiName());
            question.putArray("skills").add(skill.value());
            List<String> requirements = job.requirements();
            question.put("probes", requirements.isEmpty() ? "" : requirements.get(i % requirements.size()));
        }
        server.then(completion(plan.toString()));
    }

    @Override
    protected void expectFollowUp(Question question, JobProfile job) {
        server.then(completion("What was the outcome of that change, and how did you measure it?"));
    }

    /** Streamed in pieces that split words and the outline marker, as models stream them. */
    @Override
    protected void expectNarrative(Question question, Feedback feedback, JobProfile job) {
        server.then(stream("You name the cause and the fix precisely, ", "which makes the story credible. ",
                "What is missing is what the faster endpoint meant for car", "riers and customers.\n",
                "OUT", "LINE:\n", "- Situation: peak season, timeouts on parcel scans\n",
                "- Action: query plan, composite index built concurrently\n",
                "- Result: latency before and after, and what carriers noticed"));
    }

    @Override
    protected void expectSummary(InterviewReport report, JobProfile job) {
        server.then(completion("A solid interview for a " + job.title() + " role. Your strongest answers were on"
                + " role expertise, where you named causes and fixes precisely; collaboration was weaker, because"
                + " your stories told what the team did rather than what you did. Before the next round, practise"
                + " stating results in numbers and prepare a Kubernetes incident story."));
    }

    // Kinds cycle by four and skills by the job's count: within a plan no (kind, skill) pair, so no text, repeats.
    private static String text(QuestionKind kind, SkillId skill, JobProfile job) {
        return switch (kind) {
            case BEHAVIORAL -> "Tell me about a time your work with " + skill + " made a measurable difference.";
            case TECHNICAL -> "How would you explain your approach to " + skill + " to a new colleague on the "
                    + job.title() + " team?";
            case SITUATIONAL -> "Imagine a peak-season incident that involves " + skill
                    + ": what would you do in the first hour?";
            case MOTIVATIONAL -> "What draws you to the " + job.title() + " role, and to working with " + skill
                    + " in it?";
        };
    }
}
