package tech.jobbot.server.interview;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import tech.jobbot.domain.interview.Attempt;
import tech.jobbot.domain.interview.Interview;
import tech.jobbot.domain.interview.InterviewId;
import tech.jobbot.domain.interview.QuestionId;
import tech.jobbot.domain.job.JobId;
import tech.jobbot.ports.in.interview.InterviewOutcome;
import tech.jobbot.sdk.Jobbot;
import tech.jobbot.server.http.Authenticator;
import tech.jobbot.server.http.Authenticator.Caller;
import tech.jobbot.server.http.Json;
import tech.jobbot.server.http.JsonBody;
import tech.jobbot.server.http.ProblemException;
import tech.jobbot.server.http.Problems;

/**
 * Practice interviews and their records (privacy policy §2: interview records). Every interview is
 * looked up by its owner: another person's interview is simply not found (404).
 */
public final class InterviewRoutes implements HttpService {
    private static final int MAX_BODY_BYTES = 128 * 1024;
    private static final int MAX_IDEMPOTENCY_KEY = 200;

    private final Jobbot jobbot;
    private final Authenticator authenticator;

    public InterviewRoutes(Jobbot jobbot, Authenticator authenticator) {
        this.jobbot = jobbot;
        this.authenticator = authenticator;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/interviews", this::start)
                .get("/interviews", this::list)
                .get("/interviews/{id}", this::get)
                .delete("/interviews/{id}", this::delete)
                .post("/interviews/{id}/answers", this::answer)
                .post("/interviews/{id}/skips", this::skip)
                .post("/interviews/{id}/feedback", this::regenerate)
                .post("/interviews/{id}/finish", this::finish)
                .get("/progress", this::progress);
    }

    private void start(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        JsonBody body = Json.readObject(req, MAX_BODY_BYTES).allowOnly(Set.of("jobId", "questionCount"));
        JobId jobId = body.required("jobId", 64, JobId::parse);
        int count = body.optionalInteger("questionCount", Interview.MIN_QUESTIONS, Interview.MAX_QUESTIONS)
                .orElse(Interview.DEFAULT_QUESTIONS);
        body.validate();
        Interview interview = done(jobbot.startInterview(caller.session().account(), jobId, count));
        res.header(HeaderNames.LOCATION, "/api/v1/interviews/" + interview.id());
        Json.send(res, 201, InterviewViews.full(interview, jobbot.skillTaxonomy()));
    }

    private void list(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        Json.send(res, 200, Map.of("interviews", jobbot.interviews(caller.session().account()).stream()
                .map(InterviewViews::summary).toList()));
    }

    private void get(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        Interview interview = jobbot.interview(caller.session().account(), id(req))
                .orElseThrow(() -> ProblemException.notFound("no such interview of yours"));
        Json.send(res, 200, InterviewViews.full(interview, jobbot.skillTaxonomy()));
    }

    private void delete(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        if (!jobbot.deleteInterview(caller.session().account(), id(req))) {
            throw ProblemException.notFound("no such interview of yours");
        }
        res.status(204).send();
    }

    /**
     * Stores the answer, then answers with its feedback and the next question. With
     * {@code Accept: text/event-stream} the narrative is streamed as it is written ({@code narrative}
     * events) and the complete result follows as one {@code result} event. A refusal before anything
     * was streamed is an ordinary problem+json answer; a failure after the stream began is a
     * {@code problem} event carrying the same problem body.
     */
    private void answer(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        InterviewId interviewId = id(req);
        JsonBody body = Json.readObject(req, MAX_BODY_BYTES).allowOnly(Set.of("questionId", "text"));
        QuestionId questionId = body.required("questionId", 8, QuestionId::new);
        String text = body.required("text", Attempt.MAX_ANSWER, t -> t);
        body.validate();
        Optional<String> key = req.headers().first(HeaderNames.create("Idempotency-Key")).map(String::strip);
        if (key.isPresent() && (key.get().isEmpty() || key.get().length() > MAX_IDEMPOTENCY_KEY)) {
            throw ProblemException.invalid("Idempotency-Key", "must be 1 to " + MAX_IDEMPOTENCY_KEY + " characters");
        }
        boolean wantsStream = req.headers().first(HeaderNames.ACCEPT).map(a -> a.contains("text/event-stream"))
                .orElse(false);
        if (!wantsStream) {
            InterviewOutcome outcome = jobbot.answer(caller.session().account(), interviewId, questionId, text, key,
                    chunk -> { });
            Json.send(res, 200, answered(outcome));
            return;
        }
        EventStream stream = new EventStream(res);
        InterviewOutcome outcome;
        try {
            outcome = jobbot.answer(caller.session().account(), interviewId, questionId, text, key,
                    chunk -> stream.send("narrative", Map.of("text", chunk)));
        } catch (RuntimeException e) {
            if (!stream.started()) {
                throw e;
            }
            stream.send("problem", Problems.body(req, new ProblemException(500, "internal", "Internal error",
                    "something went wrong on our side", List.of(), Map.of())));
            stream.close();
            return;
        }
        Map<String, Object> result = answered(outcome);
        stream.send("result", result);
        stream.close();
    }

    private Map<String, Object> answered(InterviewOutcome outcome) {
        return switch (outcome) {
            case InterviewOutcome.Answered a -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("attempt", InterviewViews.attempt(a.attempt(), InterviewViews.previousScores(a.interview(),
                        a.attempt())));
                m.put("feedbackPending", a.attempt().feedback().isEmpty() && !a.attempt().skipped());
                m.put("nextQuestion", a.next().map(q -> InterviewViews.question(q, jobbot.skillTaxonomy()))
                        .orElse(null));
                m.put("followUp", a.followUp());
                m.put("replayed", a.replayed());
                yield m;
            }
            default -> throw problem(outcome);
        };
    }

    private void skip(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        InterviewId interviewId = id(req);
        JsonBody body = Json.readObject(req, MAX_BODY_BYTES).allowOnly(Set.of("questionId"));
        QuestionId questionId = body.required("questionId", 8, QuestionId::new);
        body.validate();
        Json.send(res, 200, answered(jobbot.skip(caller.session().account(), interviewId, questionId)));
    }

    private void regenerate(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        InterviewId interviewId = id(req);
        JsonBody body = Json.readObject(req, MAX_BODY_BYTES).allowOnly(Set.of("questionId", "attempt"));
        QuestionId questionId = body.required("questionId", 8, QuestionId::new);
        int attempt = body.optionalInteger("attempt", 1, Interview.MAX_ATTEMPTS_PER_QUESTION).orElse(1);
        body.validate();
        Interview interview = done(jobbot.regenerateFeedback(caller.session().account(), interviewId, questionId,
                attempt));
        Attempt regenerated = interview.attempt(questionId, attempt).orElseThrow();
        Json.send(res, 200, InterviewViews.attempt(regenerated, InterviewViews.previousScores(interview, regenerated)));
    }

    private void finish(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        Interview interview = done(jobbot.finish(caller.session().account(), id(req)));
        Json.send(res, 200, InterviewViews.report(interview.report().orElseThrow()));
    }

    private void progress(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        Json.send(res, 200, ProgressView.of(jobbot.progress(caller.session().account())));
    }

    private static Interview done(InterviewOutcome outcome) {
        return switch (outcome) {
            case InterviewOutcome.Done d -> d.interview();
            case InterviewOutcome.Answered a -> a.interview();
            default -> throw problem(outcome);
        };
    }

    private static ProblemException problem(InterviewOutcome outcome) {
        return switch (outcome) {
            case InterviewOutcome.NotFound nf -> ProblemException.notFound(nf.what());
            case InterviewOutcome.Refused r -> ProblemException.conflict("interview-state", r.reason());
            case InterviewOutcome.TryLater later -> new ProblemException(503, "try-later", "Try again later",
                    later.reason(), List.of(), Map.of("Retry-After", "10"));
            default -> new ProblemException(500, "internal", "Internal error", "unexpected outcome", List.of(),
                    Map.of());
        };
    }

    private static InterviewId id(ServerRequest req) {
        try {
            return InterviewId.parse(req.path().pathParameters().get("id"));
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("no such interview of yours");
        }
    }
}
