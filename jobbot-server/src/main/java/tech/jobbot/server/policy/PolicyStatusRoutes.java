package tech.jobbot.server.policy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import tech.jobbot.domain.consent.ConsentMethod;
import tech.jobbot.domain.consent.PurposeKey;
import tech.jobbot.domain.policy.PolicyStatus;
import tech.jobbot.sdk.Jobbot;
import tech.jobbot.sdk.account.UnknownAccountException;
import tech.jobbot.server.http.Authenticator;
import tech.jobbot.server.http.Authenticator.Caller;
import tech.jobbot.server.http.Json;
import tech.jobbot.server.http.JsonBody;
import tech.jobbot.server.http.ProblemException;

/**
 * The signed-in person and the policy of their region: whether the banner about a new version
 * shows, which consents must be asked for again, and the acknowledgement that hides the banner.
 */
public final class PolicyStatusRoutes implements HttpService {
    private final Jobbot jobbot;
    private final Authenticator authenticator;

    public PolicyStatusRoutes(Jobbot jobbot, Authenticator authenticator) {
        this.jobbot = jobbot;
        this.authenticator = authenticator;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/me/policy", this::status)
                .post("/me/policy/acknowledgements", this::acknowledge);
    }

    private void status(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        Json.send(res, 200, view(jobbot.policyStatus(caller.session().account())));
    }

    /** Body: {@code {"version": 2}}, the version the banner showed. */
    private void acknowledge(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        JsonBody body = Json.readObject(req, 1024).allowOnly(Set.of("version"));
        Integer version = body.optionalInteger("version", 1, 1_000_000).orElse(null);
        if (version == null) {
            body.reject("version", "is required: the version of the policy you read");
        }
        body.validate();
        try {
            Json.send(res, 200, view(jobbot.acknowledgePolicy(caller.session().account(), version,
                    authenticator.context(req, ConsentMethod.BANNER))));
        } catch (UnknownAccountException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw ProblemException.conflict("not-the-current-policy", e.getMessage());
        }
    }

    static Map<String, Object> view(PolicyStatus s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("region", s.region());
        s.current().ifPresent(c -> {
            Map<String, Object> current = new LinkedHashMap<>();
            current.put("version", c.version());
            current.put("effectiveFrom", c.effectiveFrom().toString());
            current.put("summary", c.summary());
            current.put("url", "/privacy");
            m.put("current", current);
        });
        m.put("acknowledgedVersion", s.acknowledgedVersion());
        m.put("needsAcknowledgement", s.needsAcknowledgement());
        m.put("askAgain", s.askAgain().stream().map(PurposeKey::value).toList());
        return m;
    }
}
