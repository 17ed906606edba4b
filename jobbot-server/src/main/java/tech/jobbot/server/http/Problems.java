package tech.jobbot.server.http;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import tech.jobbot.ports.in.minor.AgeNotDeclaredException;
import tech.jobbot.ports.in.minor.GuardianConsentRequiredException;
import tech.jobbot.ports.in.retention.LegalHoldException;
import tech.jobbot.ports.out.JobbotException;
import tech.jobbot.sdk.account.UnknownAccountException;

/**
 * The one place where failures become HTTP answers, as RFC 9457 {@code application/problem+json}.
 * Unexpected failures answer 500 without internals; their details go to the log only.
 */
public final class Problems {
    public static final String TYPE_BASE = "https://www.jobbot.tech/problems/";
    private static final Logger LOG = System.getLogger(Problems.class.getName());

    private Problems() {
    }

    public static void register(HttpRouting.Builder routing) {
        routing.error(ProblemException.class, Problems::send)
                .error(UnknownAccountException.class, (req, res, e) -> send(req, res,
                        ProblemException.unauthorized("the account of this session no longer exists")))
                .error(AgeNotDeclaredException.class, (req, res, e) -> send(req, res,
                        ProblemException.forbidden("age-declaration-required", e.getMessage())))
                .error(LegalHoldException.class, (req, res, e) -> send(req, res,
                        ProblemException.conflict("legal-hold", e.getMessage())))
                .error(tech.jobbot.sdk.staff.StaffForbiddenException.class, (req, res, e) -> send(req, res,
                        ProblemException.forbidden("need-to-know", e.getMessage())))
                .error(GuardianConsentRequiredException.class, (req, res, e) -> send(req, res,
                        ProblemException.forbidden("guardian-consent-required", e.getMessage())))
                .error(JobbotException.class, (req, res, e) -> {
                    LOG.log(Level.ERROR, "infrastructure failure on " + req.prologue().method().text() + " "
                            + req.path().path(), e);
                    send(req, res, e.retryable()
                            ? new ProblemException(503, "unavailable", "Service unavailable",
                                    "a backing service failed; try again shortly", List.of(), Map.of("Retry-After", "5"))
                            : new ProblemException(500, "internal", "Internal error", "something went wrong on our side",
                                    List.of(), Map.of()));
                })
                .error(io.helidon.http.NotFoundException.class, (req, res, e) -> send(req, res,
                        ProblemException.notFound("no resource " + req.prologue().method().text() + " "
                                + req.path().path())))
                .error(Throwable.class, (req, res, e) -> {
                    LOG.log(Level.ERROR, "unexpected failure on " + req.prologue().method().text() + " "
                            + req.path().path(), e);
                    send(req, res, new ProblemException(500, "internal", "Internal error",
                            "something went wrong on our side", List.of(), Map.of()));
                });
    }

    public static void send(ServerRequest req, ServerResponse res, ProblemException problem) {
        res.status(Status.create(problem.status()));
        problem.headers().forEach(res::header);
        res.header(HeaderNames.CONTENT_TYPE, "application/problem+json");
        res.send(Json.write(body(req, problem)));
    }

    /** The RFC 9457 body of a problem, also sent as the data of a {@code problem} server-sent event. */
    public static Map<String, Object> body(ServerRequest req, ProblemException problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_BASE + problem.type());
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", problem.getMessage());
        body.put("instance", req.prologue().uriPath().path());
        if (!problem.errors().isEmpty()) {
            body.put("errors", problem.errors());
        }
        return body;
    }
}
